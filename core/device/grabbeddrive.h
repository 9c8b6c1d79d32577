#pragma once

#include "base/result.h"
#include "device/mediumkind.h"

#include <QString>
#include <memory>
#include <optional>

namespace burn {
struct burn_drive;
struct burn_drive_info;
} // namespace burn

namespace Spindle {

// RAII ownership of one grabbed libburn drive: released on every exit path.
class GrabbedDrive final
{
public:
    // `address` is a device path or stdio:PATH. Errors come as messages a user can act on:
    // missing folder, busy drive, no permission.
    static Result<std::shared_ptr<GrabbedDrive>> grab(const QString &address,
                                                      const MediumKind &medium = {});
    ~GrabbedDrive();
    Q_DISABLE_COPY_MOVE(GrabbedDrive)

    burn::burn_drive *drive() const;
    const burn::burn_drive_info *info() const { return m_info; }
    const QString &address() const { return m_address; }
    const MediumKind &medium() const { return m_medium; }
    bool isVirtual() const;
    QString virtualPath() const;
    QString vendor() const;
    QString model() const;
    QString revision() const;
    // Real drives: open the tray when released (after a burn with "eject when done").
    void setEjectOnRelease(bool eject) { m_ejectOnRelease = eject; }

    // Virtual drives: creates a missing disc file and locks it, for a job about to write it
    // (grab() locks only a file that exists; a missing one is locked from here on).
    std::optional<Error> lockForWriting();

    // Reads `blocks` 2048-byte blocks from `lba`. Returns the bytes read, or -1 on error
    // (with libburn's reason in `error` if given). Never reads past a virtual disc's end.
    qint64 readBlocks(qint64 lba, int blocks, char *buffer, QString *error = nullptr) const;
    // After a failed read: whether a disc is still in the drive (false when the tray was opened
    // or the disc file removed), so that a read error is not blamed on the disc. True when the
    // drive cannot tell.
    bool hasMedium() const;

private:
    GrabbedDrive() = default;
    std::optional<Error> lockVirtualFile(bool create);

    burn::burn_drive_info *m_info = nullptr;
    int m_lockFd = -1; // a virtual disc file, flock()ed while grabbed
    QString m_address;
    MediumKind m_medium;
    bool m_ejectOnRelease = false;
};

} // namespace Spindle
