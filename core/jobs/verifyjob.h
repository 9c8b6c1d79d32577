#pragma once

#include <utility>

#include "device/mediumkind.h"
#include "jobs/job.h"

namespace Spindle {

struct VerifyOptions
{
    QString imagePath;
    // Either a drive holding the burned disc ...
    QString driveAddress;
    MediumKind medium;
    // ... or the image's published checksum (an empty file name: look next to the image).
    bool useChecksumFile = false;
    QString checksumFile;
};

// Checks an image against a disc (reading back exactly the image's bytes, naming the first
// differing sector) or against its published SHA-256.
class VerifyJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyJob)

public:
    explicit VerifyJob(VerifyOptions options, QObject *parent = nullptr);
    ~VerifyJob() override;
    QString title() const override;
    // Checking a published checksum reads a file only.
    bool needsBurnLibrary() const override { return !m_options.useChecksumFile; }

protected:
    JobResult run() override;

private:
    JobResult verifyChecksum();
    JobResult verifyDisc();
    // What dvdisaster data the image carries, for the result (the command line's words, then
    // the GUI's): empty when none.
    std::pair<QString, QString> eccNote();
    // After a checksum mismatch of an image with RS03 data: what is damaged and if all can be
    // rebuilt (checkRs03Image, dvdisaster -t's prognosis); empty when cancelled.
    QString eccPrognosis();

    VerifyOptions m_options;
    bool m_carriesEcc = false; // eccNote() found intact RS03 data
};

} // namespace Spindle
