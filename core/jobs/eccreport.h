#pragma once

#include "base/result.h"
#include "ecc/rs03layout.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace Spindle {

// What a burn or a build did about dvdisaster RS03 error-correction data, for its report
// (spindle-cli's --json, the GUI's summary).
struct EccReport
{
    enum class State
    {
        None,          // not asked for, or not got that far
        Added,         // computed and written (to the image file, or burned after the image)
        AlreadyPresent // the image carried RS03 data already: written as it is
    };
    State state = State::None;
    Rs03Layout layout;     // Added and AlreadyPresent
    qint64 imageBytes = 0; // the image without the data
    qint64 addedBytes = 0; // Added: what the data adds after the image

    bool any() const { return state != State::None; }
};

// A folder of its own for a job's temporary files (an image to augment, the error-correction
// data of a burn), made in `folder` or, when empty, in the user's cache folder (as the one-drive
// disc copy does), after checking that `neededBytes` are free there. Removed with everything in
// it when the pointer goes, however the job ends.
Result<std::unique_ptr<QTemporaryDir>> makeJobTempDir(const QString &folder, qint64 neededBytes);

// The folder makeJobTempDir() uses for `folder`.
QString jobTempFolder(const QString &folder);

} // namespace Spindle
