#include "burnoptionsparsing.h"

#include "jobcommand.h"

#include <QCoreApplication>

namespace Spindle::Cli {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// --yes, --verbose and --progress are not here: `build --output` uses them too.
const char *const BurnOnlyOptions[] = {"speed",        "simulate",    "verify",
                                       "copies",       "eject",       "blank-if-needed",
                                       "multisession", "no-burnfree", "write-mode"};

} // namespace

void addBurnOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("speed"),
         Tr::tr("Write speed: max (default), a number of ×, e.g. 8, or kB/s "
                "with a k suffix, e.g. 11080k."),
         Tr::tr("S")},
        {QStringLiteral("simulate"),
         Tr::tr("Do everything but write (where the medium has a test mode).")},
        {QStringLiteral("verify"), Tr::tr("Read the disc back and compare it with the image.")},
        {QStringLiteral("copies"),
         Tr::tr("Burn N discs, asking for the next blank disc each time."), Tr::tr("N")},
        {QStringLiteral("eject"), Tr::tr("Eject the disc when done.")},
        {QStringLiteral("blank-if-needed"),
         Tr::tr("Erase a rewritable disc that holds data without asking.")},
        {QStringLiteral("multisession"),
         Tr::tr("Leave the disc appendable instead of closing it.")},
        {QStringLiteral("no-burnfree"), Tr::tr("Turn off buffer-underrun protection (BurnFree).")},
        {QStringLiteral("write-mode"), Tr::tr("auto (default), tao or sao."), Tr::tr("MODE")},
        JobCommand::yesOption(),
        JobCommand::verboseOption(),
    });
}

bool anyBurnOptionSet(const QCommandLineParser &parser)
{
    for (const char *name : BurnOnlyOptions) {
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

std::optional<QString> readBurnOptions(const QCommandLineParser &parser, BurnOptions *options)
{
    BurnOptions &o = *options;
    const QString speed = parser.value(QStringLiteral("speed")).trimmed().toLower();
    if (!speed.isEmpty() && speed != QLatin1String("max")) {
        bool ok = false;
        if (speed.endsWith(QLatin1Char('k'))) {
            o.speedKBps = speed.chopped(1).toInt(&ok);
            ok = ok && o.speedKBps > 0;
        } else {
            o.speedX = QString(speed).remove(QLatin1Char('x')).toDouble(&ok);
            ok = ok && o.speedX > 0;
        }
        if (!ok)
            return Tr::tr("--speed takes max, a number of × (8) or kB/s (11080k).");
    }
    if (parser.isSet(QStringLiteral("copies"))) {
        bool ok = false;
        o.copies = parser.value(QStringLiteral("copies")).toInt(&ok);
        if (!ok || o.copies < 1 || o.copies > 99)
            return Tr::tr("--copies takes a number from 1 to 99.");
    }
    if (parser.isSet(QStringLiteral("write-mode")) &&
        !parseWriteMode(parser.value(QStringLiteral("write-mode")), &o.writeMode))
        return Tr::tr("--write-mode takes auto, tao or sao.");
    o.simulate = parser.isSet(QStringLiteral("simulate"));
    o.verify = parser.isSet(QStringLiteral("verify"));
    o.eject = parser.isSet(QStringLiteral("eject"));
    o.blankIfNeeded = parser.isSet(QStringLiteral("blank-if-needed"));
    o.multisession = parser.isSet(QStringLiteral("multisession"));
    o.burnFree = !parser.isSet(QStringLiteral("no-burnfree"));
    if (o.simulate && o.verify)
        return Tr::tr("--verify needs a real burn; a simulation writes nothing.");
    // A test hook, not an option: makes the image a source slower than the drive on any machine.
    const QByteArray limit = qgetenv("SPINDLE_SOURCE_RATE_LIMIT");
    if (!limit.isEmpty()) {
        bool ok = false;
        o.sourceRateLimit = limit.trimmed().toLongLong(&ok);
        if (!ok || o.sourceRateLimit <= 0)
            return Tr::tr("SPINDLE_SOURCE_RATE_LIMIT takes a number of bytes per second.");
    }
    return std::nullopt;
}

} // namespace Spindle::Cli
