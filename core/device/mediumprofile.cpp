#include "device/mediumprofile.h"

#include "device/grabbeddrive.h"

namespace Spindle {

MediumCapabilities mediumCapabilities(const GrabbedDrive &drive, const MediaInfo &info)
{
    MediumCapabilities caps;
    const int p = info.profileId;
    if (drive.isVirtual()) {
        const MediumKind &kind = drive.medium();
        caps.overwritable = kind.overwritable;
        caps.writeOnce = !kind.erasable;
        // libburn simulates on any stdio file, but an emulated DVD+R or BD has no test mode.
        caps.canSimulate =
            kind.isPlainFile() || p == 0xffff || p == 0x09 || p == 0x0a || (p >= 0x11 && p <= 0x16);
        return caps;
    }
    caps.overwritable = p == 0x12 || p == 0x13 || p == 0x1a || p == 0x2a || p == 0x43;
    caps.writeOnce = p == 0x09 || p == 0x11 || p == 0x15 || p == 0x16 || p == 0x1b || p == 0x2b ||
                     p == 0x41 || p == 0x42;
    // MMC: only CD-R/RW and DVD-R/RW (incl. DL) know the Test Write bit.
    caps.canSimulate = p == 0x09 || p == 0x0a || (p >= 0x11 && p <= 0x16);
    return caps;
}

} // namespace Spindle
