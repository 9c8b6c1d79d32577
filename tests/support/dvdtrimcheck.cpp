#include "dvdtrimcheck.h"

#include "dvdstreamsfixture.h"
#include "iso/imageoptions.h"
#include "udf/udfbridgesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Spindle::Test {

QString writeDvdImage(const std::shared_ptr<const ImageTree> &tree, const FilePlan &files,
                      const QString &path)
{
    UdfBridgeSource source(tree, files, ImageOptions{});
    if (auto problem = source.open())
        return problem->message;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    QByteArray buffer(1 << 20, '\0');
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return source.error().message;
        if (n == 0)
            return {};
        if (out.write(buffer.constData(), n) != n)
            return out.errorString();
    }
}

QString dvdnavCheck()
{
    const QString checker = QCoreApplication::applicationDirPath() + QStringLiteral("/dvdnavcheck");
    return QFileInfo::exists(checker) && missingDvdStreamsTools().isEmpty() ? checker : QString();
}

QString missingPlayerCheck()
{
    const QStringList tools = missingDvdStreamsTools();
    return tools.isEmpty() ? QStringLiteral("dvdnavcheck was not built (libdvdnav-dev missing)")
                           : QStringLiteral("missing: ") + tools.join(QLatin1Char(' '));
}

} // namespace Spindle::Test
