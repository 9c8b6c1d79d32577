#include "burncommand.h"

#include "burnjob.h"
#include "clijobhandler.h"
#include "exitcodes.h"
#include "jobrunner.h"

#include <QCoreApplication>

#include <cstdio>

namespace Spindle::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
} // namespace

QString BurnCommand::summary() const
{
    return tr("Burn an image file (.iso, .img, or .gz/.xz/.bz2/.zst compressed) to a disc.");
}

QString BurnCommand::epilog() const
{
    return tr("Everything that can refuse (no disc, a disc with data, an image that does not\n"
              "fit, no test mode) is checked before the first byte is written.\n"
              "Examples:\n"
              "  spindle-cli burn debian.iso --drive /dev/sr0 --verify\n"
              "  spindle-cli burn debian.iso.xz --drive stdio:/tmp/disc.iso --medium dvd-r");
}

void BurnCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("The image file to burn."));
    parser.addOptions({
        {QStringLiteral("drive"), tr("The drive to burn with (/dev/sr0 or stdio:FILE)."),
         tr("DRIVE")},
        {QStringLiteral("medium"), tr("For a virtual drive: the medium it emulates."), tr("KIND")},
        {QStringLiteral("speed"),
         tr("Write speed: max (default), a number of ×, e.g. 8, or kB/s "
            "with a k suffix, e.g. 11080k."),
         tr("S")},
        {QStringLiteral("simulate"),
         tr("Do everything but write (where the medium has a test mode).")},
        {QStringLiteral("verify"), tr("Read the disc back and compare it with the image.")},
        {QStringLiteral("copies"), tr("Burn N discs, asking for the next blank disc each time."),
         tr("N")},
        {QStringLiteral("eject"), tr("Eject the disc when done.")},
        {QStringLiteral("blank-if-needed"),
         tr("Erase a rewritable disc that holds data without asking.")},
        {QStringLiteral("multisession"), tr("Leave the disc appendable instead of closing it.")},
        {QStringLiteral("no-burnfree"), tr("Turn off buffer-underrun protection (BurnFree).")},
        {QStringLiteral("write-mode"), tr("auto (default), tao or sao."), tr("MODE")},
        {QStringLiteral("yes"), tr("Answer yes to every question.")},
        {QStringLiteral("progress"), tr("auto (default), bar, plain, json or none."), tr("MODE")},
        {QStringLiteral("verbose"), tr("Show every log message.")},
    });
}

int BurnCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(context,
                          args.isEmpty() ? tr("IMAGE is required.")
                                         : tr("unexpected argument %1").arg(args.at(1)),
                          name());
    BurnOptions o;
    o.imagePath = args.first();
    o.driveAddress = parser.value(QStringLiteral("drive"));
    if (o.driveAddress.isEmpty())
        return usageError(context, tr("--drive is required."), name());
    const auto medium = MediumKind::parse(parser.value(QStringLiteral("medium")));
    if (!medium)
        return usageError(context, medium.error().message, name());
    o.medium = medium.value();
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
            return usageError(context, tr("--speed takes max, a number of × (8) or kB/s (11080k)."),
                              name());
    }
    if (parser.isSet(QStringLiteral("copies"))) {
        bool ok = false;
        o.copies = parser.value(QStringLiteral("copies")).toInt(&ok);
        if (!ok || o.copies < 1 || o.copies > 99)
            return usageError(context, tr("--copies takes a number from 1 to 99."), name());
    }
    if (parser.isSet(QStringLiteral("write-mode")) &&
        !parseWriteMode(parser.value(QStringLiteral("write-mode")), &o.writeMode))
        return usageError(context, tr("--write-mode takes auto, tao or sao."), name());
    o.simulate = parser.isSet(QStringLiteral("simulate"));
    o.verify = parser.isSet(QStringLiteral("verify"));
    o.eject = parser.isSet(QStringLiteral("eject"));
    o.blankIfNeeded = parser.isSet(QStringLiteral("blank-if-needed"));
    o.multisession = parser.isSet(QStringLiteral("multisession"));
    o.burnFree = !parser.isSet(QStringLiteral("no-burnfree"));
    if (o.simulate && o.verify)
        return usageError(context, tr("--verify needs a real burn; a simulation writes nothing."),
                          name());
    ProgressPrinter::Mode mode;
    if (!ProgressPrinter::parseMode(parser.value(QStringLiteral("progress")), context.stdoutIsTty,
                                    &mode))
        return usageError(context, tr("--progress takes auto, bar, plain, json or none."), name());

    BurnJob job(o);
    QTextStream in(stdin);
    // The handler writes from the job's thread while the runner prints progress on this one:
    // a stream of its own, so the two never share one QTextStream's buffer.
    QTextStream questions(stderr);
    CliJobHandler handler(parser.isSet(QStringLiteral("yes")), context.stdinIsTty, in, questions);
    JobRunner runner(context, mode);
    runner.setHandler(&handler);
    runner.setVerbose(parser.isSet(QStringLiteral("verbose")));
    return runner.run(job);
}

} // namespace Spindle::Cli
