#pragma once

#include "device/mediumkind.h"

#include <QByteArray>
#include <QString>

namespace Spindle {

// What is in a drive, in a few words for a drive list: "Blank DVD-R", "DVD-ROM MYDISC",
// "No disc". Found without grabbing the drive (a list must never take a drive from a job or
// from another program): for a real drive, the kernel's drive status and what udev learned of
// the disc; for a virtual drive, its file. Empty when nothing can be said. Blocking for at most
// a few small reads: call it off the UI thread.
QString describeDriveContents(const QString &address, const MediumKind &medium);

// The udev part, on the text of /run/udev/data/b<major>:<minor> ("E:ID_CDROM_MEDIA_DVD_R=1"
// lines); empty when it says nothing about a disc.
QString describeUdevMedia(const QByteArray &udevData);

} // namespace Spindle
