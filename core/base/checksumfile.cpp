#include "base/checksumfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumFile)
};

QStringList candidates(const QFileInfo &image)
{
    const QString dir = image.absolutePath() + QLatin1Char('/');
    return {image.absoluteFilePath() + QStringLiteral(".sha256"),
            image.absoluteFilePath() + QStringLiteral(".sha256sum"),
            dir + QStringLiteral("SHA256SUMS"), dir + QStringLiteral("sha256sum.txt")};
}

} // namespace

Result<ExpectedChecksum> findExpectedSha256(const QString &imagePath, const QString &checksumFile)
{
    const QFileInfo image(imagePath);
    QString path = checksumFile;
    if (path.isEmpty()) {
        for (const QString &candidate : candidates(image)) {
            if (QFileInfo::exists(candidate)) {
                path = candidate;
                break;
            }
        }
        if (path.isEmpty())
            return Error{
                Tr::tr("No checksum file found for %1 (looked for %2.sha256 and SHA256SUMS "
                       "next to it). Download the checksum file published with the image "
                       "and name it on the command line.")
                    .arg(image.fileName(), image.fileName()),
                {}};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{
            Tr::tr("Spindle cannot read the checksum file %1: %2.").arg(path, file.errorString()),
            path};
    static const QRegularExpression gnu(QStringLiteral("^([0-9a-fA-F]{64})\\s+\\*?(.*)$"));
    static const QRegularExpression bsd(
        QStringLiteral("^SHA256\\s*\\((.*)\\)\\s*=\\s*([0-9a-fA-F]{64})$"));
    static const QRegularExpression bare(QStringLiteral("^([0-9a-fA-F]{64})$"));
    QStringList bareHashes;
    int lines = 0;
    while (!file.atEnd() && lines < 100000) {
        ++lines;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString hash;
        QString name;
        if (auto m = bare.match(line); m.hasMatch()) {
            bareHashes << m.captured(1).toLower();
            continue;
        }
        if (auto m = gnu.match(line); m.hasMatch()) {
            hash = m.captured(1);
            name = m.captured(2).trimmed();
        } else if (auto m2 = bsd.match(line); m2.hasMatch()) {
            name = m2.captured(1).trimmed();
            hash = m2.captured(2);
        } else {
            continue;
        }
        if (QFileInfo(name).fileName() == image.fileName())
            return ExpectedChecksum{path, hash.toLower()};
    }
    if (bareHashes.size() == 1)
        return ExpectedChecksum{path, bareHashes.first()};
    return Error{
        Tr::tr("The checksum file %1 lists no SHA-256 for %2. Check that it belongs to this "
               "image.")
            .arg(path, image.fileName()),
        path};
}

} // namespace Spindle
