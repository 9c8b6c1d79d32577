#include "treeloading.h"

#include "jobs/job.h"
#include "jsonexport.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

void printError(CliContext &context, const QString &message, const QString &detail)
{
    // Messages name files and paths read from discs: a control character in one must not
    // reach the terminal. The JSON below keeps them exact.
    context.err << Tr::tr("Error: %1").arg(escapeControlCharacters(message)) << '\n';
    if (!detail.isEmpty())
        context.err << Tr::tr("Detail: %1").arg(escapeControlCharactersPerLine(detail)) << '\n';
    context.err.flush();
    printJsonFailure(context, message, detail);
}

void printJsonFailure(CliContext &context, const QString &message, const QString &detail)
{
    // The same object a job's result gives, so a script reads one shape whatever failed.
    QJsonObject result = toJson(JobResult::failure(message, detail));
    switch (context.jsonFailure) {
    case CliContext::JsonFailure::None:
        return;
    case CliContext::JsonFailure::Document:
        context.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("result"), result}})
                .toJson(QJsonDocument::Indented));
        break;
    case CliContext::JsonFailure::Line:
        result.insert(QStringLiteral("type"), QStringLiteral("result"));
        context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))
                    << '\n';
        break;
    }
    context.out.flush();
}

std::optional<LoadedTree> loadSourcesForCli(const QStringList &sources, const QStringList &adds,
                                            CliContext &context, KeepBaseImport keep)
{
    QList<SourceSpec> specs;
    for (const QString &text : sources) {
        auto spec = SourceSpec::parse(text);
        if (!spec) {
            printError(context, spec.error().message, spec.error().detail);
            return std::nullopt;
        }
        specs.append(spec.value());
    }
    for (const QString &text : adds) {
        auto spec = SourceSpec::parse(text, true);
        if (!spec) {
            printError(context, spec.error().message, spec.error().detail);
            return std::nullopt;
        }
        specs.append(spec.value());
    }
    auto loaded = loadImageTree(specs, {}, keep);
    if (!loaded) {
        printError(context, loaded.error().message, loaded.error().detail);
        return std::nullopt;
    }
    for (const QString &w : loaded.value().warnings)
        context.err << Tr::tr("Warning: %1").arg(escapeControlCharacters(w)) << '\n';
    context.err.flush();
    return loaded.value();
}

std::optional<Selection> readSelection(const QCommandLineParser &parser, CliContext &context)
{
    Selection selection;
    if (parser.isSet(QStringLiteral("exclude-from"))) {
        QFile file(parser.value(QStringLiteral("exclude-from")));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(context,
                       Tr::tr("Spindle cannot read the pattern file %1: %2.")
                           .arg(file.fileName(), file.errorString()),
                       {});
            return std::nullopt;
        }
        auto parsed = Selection::parse(QString::fromUtf8(file.readAll()));
        if (!parsed) {
            printError(context, parsed.error().message, file.fileName());
            return std::nullopt;
        }
        selection = parsed.value();
    }
    for (const QString &pattern : parser.values(QStringLiteral("exclude")))
        selection.addRule(pattern, false);
    return selection;
}
} // namespace Spindle::Cli
