#include "lsdvdreport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

namespace Spindle::Test {

namespace {
QString lsdvdLanguage(const QString &code)
{
    return code == QLatin1String("xx") ? QStringLiteral("?") : code;
}
} // namespace

LsdvdReport runLsdvd(const QString &path)
{
    LsdvdReport report;
    const QString lsdvd = QStandardPaths::findExecutable(QStringLiteral("lsdvd"));
    if (lsdvd.isEmpty()) {
        report.error = QStringLiteral("lsdvd is not installed");
        return report;
    }
    QProcess p;
    p.start(lsdvd, {QStringLiteral("-x"), QStringLiteral("-Ox"), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        report.error = QStringLiteral("lsdvd failed: ") + QString::fromLocal8Bit(p.readAll());
        return report;
    }
    QByteArray out = p.readAllStandardOutput();
    // libdvdread's CSS banner may precede the XML on stdout.
    out = out.mid(out.indexOf("<?xml"));
    QXmlStreamReader xml(out);
    LsdvdTitle title;
    QString section; // "audio", "subp", "chapter", ... or empty for the track itself
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("track")) {
                title = {};
                section.clear();
            } else if (name == QLatin1String("audio") || name == QLatin1String("subp") ||
                       name == QLatin1String("chapter") || name == QLatin1String("cell") ||
                       name == QLatin1String("palette")) {
                section = name.toString();
                if (section == QLatin1String("chapter"))
                    ++title.chapters;
            } else if (name == QLatin1String("longest_track")) {
                report.longest = xml.readElementText().toInt();
            } else if (name != QLatin1String("lsdvd")) {
                const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
                if (section.isEmpty() && name == QLatin1String("ix"))
                    title.number = text.toInt();
                else if (section.isEmpty() && name == QLatin1String("length"))
                    title.seconds = text.toDouble();
                else if (section.isEmpty() && name == QLatin1String("ttn"))
                    title.titleInSet = text.toInt();
                else if (section.isEmpty() && name == QLatin1String("vts"))
                    title.titleSet = text.toInt();
                else if (section.isEmpty() && name == QLatin1String("angles"))
                    title.angles = text.toInt();
                else if (section == QLatin1String("audio") && name == QLatin1String("langcode"))
                    title.audioLanguages << lsdvdLanguage(text);
                else if (section == QLatin1String("audio") && name == QLatin1String("format"))
                    title.audioFormats << text.trimmed(); // lsdvd writes "lpcm "
                else if (section == QLatin1String("audio") && name == QLatin1String("channels"))
                    title.audioChannels << text.toInt();
                else if (section == QLatin1String("audio") && name == QLatin1String("content"))
                    title.audioContents << text;
                else if (section == QLatin1String("subp") && name == QLatin1String("langcode"))
                    title.subtitleLanguages << lsdvdLanguage(text);
                else if (section == QLatin1String("subp") && name == QLatin1String("content"))
                    title.subtitleContents << text;
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("track"))
                report.titles << title;
            else if (xml.name() == section)
                section.clear();
        }
    }
    if (xml.hasError())
        report.error = QStringLiteral("lsdvd XML: ") + xml.errorString();
    if (report.error.isEmpty() && report.titles.isEmpty())
        report.error = QStringLiteral("lsdvd listed no titles");
    return report;
}

} // namespace Spindle::Test
