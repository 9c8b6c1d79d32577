#pragma once

#include "device/mediumkind.h"
#include "image/imagesource.h"
#include "readback/readplan.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <memory>

namespace Spindle {

class GrabbedDrive;

// A disc read sector by sector as an image stream, so that a burn to a second drive copies it
// on the fly with no temporary file. It reads what `spindle-cli read` would put in an image
// (the file system's size, gaps as zeros, a multisession disc opening at its newest session),
// so the copy has the same bytes as an image of the disc. The source drive stays grabbed from
// open() until the source is destroyed. There is no rescue mode here: a sector that cannot be
// read after a few retries ends the stream (a damaged disc is copied to an image first).
class DiscImageSource final : public ImageSource
{
public:
    DiscImageSource(QString driveAddress, MediumKind medium);
    ~DiscImageSource() override;
    Q_DISABLE_COPY_MOVE(DiscImageSource)

    std::optional<Error> open() override;
    qint64 size() const override { return m_plan.imageBytes(); }
    qint64 read(char *buffer, qint64 max) override;
    Error error() const override { return m_error; }
    QString description() const override;
    void cancel() override { m_cancelled = true; }
    QStringList notes() const override { return m_plan.notes; }

private:
    // Fills `blocks` blocks from `lba` on (all inside the image); false on a read error.
    bool readImageBlocks(qint64 lba, qint64 blocks, char *buffer);

    QString m_address;
    MediumKind m_medium;
    std::shared_ptr<GrabbedDrive> m_drive;
    ReadPlan m_plan;
    QByteArray m_newestDescriptors; // copied over blocks 16.. (multisession), as ReadDiscJob does
    QByteArray m_block;             // for a read that is not a whole number of blocks
    qint64 m_pos = 0;               // bytes delivered
    Error m_error;
    std::atomic_bool m_cancelled{false};
};

} // namespace Spindle
