#include "jobs/eccreport.h"

#include "base/format.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecc)
};
} // namespace

QString jobTempFolder(const QString &folder)
{
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                            : folder;
}

Result<std::unique_ptr<QTemporaryDir>> makeJobTempDir(const QString &folder, qint64 neededBytes)
{
    const QString where = jobTempFolder(folder);
    // The folder may not exist yet: the free space of the nearest folder that does.
    QString existing = QDir::cleanPath(where);
    while (!QFileInfo::exists(existing) && QFileInfo(existing).path() != existing)
        existing = QFileInfo(existing).path();
    const qint64 available = QStorageInfo(existing).bytesAvailable();
    if (available >= 0 && available < neededBytes)
        return Error{Tr::tr("Error correction needs a temporary file of %1 in %2, but only %3 is "
                            "free there. Free some space, or burn without error correction.")
                         .arg(formatBytes(neededBytes), QDir::toNativeSeparators(where),
                              formatBytes(available)),
                     {}};
    if (!QDir().mkpath(where))
        return Error{Tr::tr("The folder %1 for temporary files could not be created.").arg(where),
                     {}};
    auto dir = std::make_unique<QTemporaryDir>(QDir(where).filePath(QStringLiteral("ecc-XXXXXX")));
    if (!dir->isValid())
        return Error{Tr::tr("The folder %1 for temporary files could not be created.").arg(where),
                     dir->errorString()};
    return dir;
}

} // namespace Spindle
