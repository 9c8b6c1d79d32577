#pragma once

#include "dvdvideofixture.h"
#include "lsdvdreport.h"

#include <QString>

#include <initializer_list>

namespace Spindle::Test {

// What a DVD-Video test sets up before its checks: the tools it needs, the fixture and, when
// asked, lsdvd's report on the fixture's image. QSKIP and QVERIFY only work in the test
// function itself, so this says why to skip or fail and the test does it, usually through
// SPINDLE_PREPARE_DVD_VIDEO(setup, {"lsdvd"}, WithLsdvd::Yes) below.
struct DvdVideoSetup
{
    QString skip;  // the tools that are not installed and where to get them; nothing else is set
    QString error; // the fixture or lsdvd failed with the tools there: a broken set-up
    const DvdVideoFixture *dvd = nullptr; // set unless skip
    LsdvdReport lsdvd;                    // lsdvd on dvd->image, with WithLsdvd::Yes
};

enum class WithLsdvd : bool
{
    No,
    Yes
};

// Skips when a tool of the fixture or of `moreTools` is not on PATH; then makes the fixture
// and, with WithLsdvd::Yes, runs lsdvd on its image. A missing lsdvd is a skip only when
// `moreTools` names it; otherwise it is an error, like any other lsdvd failure.
DvdVideoSetup prepareDvdVideo(std::initializer_list<const char *> moreTools = {},
                              WithLsdvd lsdvd = WithLsdvd::No);

// The usual start of a DVD-Video test function: `var` is the set-up, or the function skips
// (tools missing) or fails (a broken set-up) right there.
#define SPINDLE_PREPARE_DVD_VIDEO(var, ...)                                                        \
    const ::Spindle::Test::DvdVideoSetup var = ::Spindle::Test::prepareDvdVideo(__VA_ARGS__);      \
    if (!var.skip.isEmpty())                                                                       \
        QSKIP(qPrintable(var.skip));                                                               \
    QVERIFY2(var.error.isEmpty(), qPrintable(var.error))

} // namespace Spindle::Test
