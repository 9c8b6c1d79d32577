#pragma once

#include "base/result.h"
#include "ecc/rs03layout.h"

#include <QString>
#include <optional>

namespace Spindle {

// How much dvdisaster RS03 error-correction data a burn or build adds: none, as much as the
// target medium holds, or a chosen redundancy (ecc layers against data layers, dvdisaster's
// measure: 20% is 43 roots of 255).
struct EccChoice
{
    enum class Mode
    {
        Off,
        Fill,
        Percent
    };
    Mode mode = Mode::Off;
    int percent = 0; // Mode::Percent only

    static constexpr int minPercent = 4;   // 8 roots
    static constexpr int maxPercent = 200; // 170 roots

    bool enabled() const { return mode != Mode::Off; }
    // `--ecc` values: "" or "fill", "PERCENT" or "PERCENT%" (minPercent..maxPercent).
    static std::optional<EccChoice> parse(const QString &text);
    static EccChoice fill() { return {Mode::Fill, 0}; }
    static EccChoice withPercent(int percent) { return {Mode::Percent, percent}; }
};

// The RS03 data an image of a known size gets under a choice, worked out before anything is
// written (so that an image that cannot take it is refused up front).
struct EccPlan
{
    Rs03Layout layout;
    qint64 mediumSectors = 0; // what augmentRs03Image() takes: 255 whole layers

    qint64 totalBytes() const { return layout.totalSectors() * 2048; }
    // What the data adds after the image: header, padding, CRC layer, ecc layers.
    qint64 addedBytes() const { return totalBytes() - layout.imageBytes(); }
    int roots() const { return layout.nroots; }
    // For the user: the space it takes and the damage it survives, in one sentence.
    QString describe() const;
};

// `imageBytes`: the image without ecc data. `capacitySectors`: the room on the target disc in
// 2048-byte sectors, or 0 when writing a file with no disc in view (Fill then sizes the data for
// the smallest standard medium that holds the image, as `spindle-cli protect` does). Fails,
// with a message that says what to choose instead, when the image and its data do not fit.
Result<EccPlan> planEcc(qint64 imageBytes, EccChoice choice, qint64 capacitySectors = 0);

} // namespace Spindle
