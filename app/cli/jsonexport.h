#pragma once

#include <QJsonObject>

namespace Spindle {

struct DriveInfo;
struct DvdAudioAttributes;
struct DvdSubpictureAttributes;
struct EccReport;
struct FilesystemInfo;
struct JobProgress;
struct JobResult;
struct MediaInfo;

// The stable JSON shapes of `spindle-cli --json` (field names are part of the CLI's contract).
QJsonObject toJson(const DriveInfo &drive);
QJsonObject toJson(const FilesystemInfo &fs);
QJsonObject toJson(const MediaInfo &media);
QJsonObject toJson(const JobProgress &progress);
QJsonObject toJson(const JobResult &result);
// The "ecc" object of `build --json` and `burn --json`: "state" is "none", "added" or
// "alreadyPresent" (the image carried RS03 data and was written as it is); the rest describes
// the RS03 layout ("roots" = "repairableSectorsPer255", "redundancyPercent" as dvdisaster
// prints it, "addedBytes" what the data adds after the image).
QJsonObject toJson(const EccReport &ecc);
// A DVD-Video title set's streams (`titles --json`): "number" is the 1-based logical stream
// of the title set, "language" the ISO 639 code ("" when unset), "extension" the code
// extension (0 unspecified), "physical" the stream numbers in the VOBs, "titles" the titles
// that play it.
QJsonObject toJson(const DvdAudioAttributes &audio);
QJsonObject toJson(const DvdSubpictureAttributes &subpicture);

} // namespace Spindle
