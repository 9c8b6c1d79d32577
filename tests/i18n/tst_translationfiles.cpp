#include "base/translations.h"
#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;

// The shipped .ts files against the sources and against each other: every message finished,
// nothing obsolete, placeholders and accelerators kept, the files what lupdate makes of the
// sources today, and spindle-cli speaking the language when LANGUAGE asks for it.
class TestTranslationFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedLanguagesHaveFiles();
    void everyMessageFinished_data();
    void everyMessageFinished();
    void placeholdersAndAcceleratorsKept_data();
    void placeholdersAndAcceleratorsKept();
    void englishHasEveryPluralForm();
    void filesMatchTheSources();
    void cliSpeaksTheLanguage_data();
    void cliSpeaksTheLanguage();

private:
    static QString tsPath(const QString &language)
    {
        return QStringLiteral(SPINDLE_SOURCE_DIR "/translations/spindle_%1.ts").arg(language);
    }
    void addLanguageRows();

    QHash<QString, TsFile> m_files; // by language, English included
};

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// "&Burn" has one accelerator; "&&" is a literal ampersand.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[^\\s&]"));
    return int(text.count(re));
}

// English last: its file only holds plural forms. (A named list, not "shippedLanguages() <<
// ...", which would leave a range-for over a destroyed temporary.)
QStringList withEnglish()
{
    QStringList languages = shippedLanguages();
    languages << QStringLiteral("en");
    return languages;
}

// The lines of a message cut at its placeholders, those with more than minSpaces spaces.
QStringList pieces(const QString &text, int minSpaces)
{
    static const QRegularExpression cut(QStringLiteral("\\n|%\\d+|%n"));
    QStringList found;
    for (const QString &piece : text.split(cut)) {
        if (piece.trimmed().count(QLatin1Char(' ')) >= minSpaces)
            found << piece.trimmed();
    }
    return found;
}

QString where(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(90));
}

} // namespace

void TestTranslationFiles::initTestCase()
{
    for (const QString &language : withEnglish()) {
        const TsFile ts = readTsFile(tsPath(language));
        QVERIFY2(ts.error.isEmpty(),
                 qPrintable(tsPath(language) + QStringLiteral(": ") + ts.error));
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(tsPath(language)));
        m_files.insert(language, ts);
    }
}

void TestTranslationFiles::shippedLanguagesHaveFiles()
{
    // Every spindle_*.ts is shipped, and every shipped language has its file.
    const QStringList files = QDir(QStringLiteral(SPINDLE_SOURCE_DIR "/translations"))
                                  .entryList({QStringLiteral("spindle_*.ts")}, QDir::Files);
    QStringList languages;
    for (const QString &f : files)
        languages << f.mid(8, f.size() - 11);
    QStringList expected = withEnglish();
    languages.sort();
    expected.sort();
    QCOMPARE(languages, expected);
    // The build compiles each of them in.
    QFile cmake(QStringLiteral(SPINDLE_SOURCE_DIR "/translations/CMakeLists.txt"));
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    const QByteArray text = cmake.readAll();
    for (const QString &f : files)
        QVERIFY2(text.contains(f.toUtf8()), qPrintable(f + QStringLiteral(" is not built")));
}

void TestTranslationFiles::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslationFiles::everyMessageFinished_data()
{
    addLanguageRows();
}

void TestTranslationFiles::everyMessageFinished()
{
    QFETCH(QString, language);
    const TsFile &ts = m_files[language];
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty())
            problems << m.type + QLatin1Char(' ') + where(m);
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << QStringLiteral("empty ") + where(m);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 messages in spindle_%2.ts are not finished (translate "
                                       "them with linguist):\n")
                            .arg(problems.size())
                            .arg(language) +
                        problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestTranslationFiles::placeholdersAndAcceleratorsKept_data()
{
    addLanguageRows();
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslationFiles::placeholdersAndAcceleratorsKept()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const TsMessage &m : m_files[language].messages) {
        QSet<QString> wanted = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (t.isEmpty())
                continue;
            QSet<QString> got = placeholders(t);
            // A plural form may leave out %n ("one file" in words) but nothing else.
            if (m.numerus) {
                got.remove(QStringLiteral("%n"));
                wanted.remove(QStringLiteral("%n"));
            }
            if (got != wanted)
                problems << QStringLiteral("placeholders differ: ") + where(m) +
                                QStringLiteral(" -> \"") + t + QLatin1Char('"');
            if (accelerators(t) != accelerators(m.source))
                problems << QStringLiteral("accelerator (&) differs: ") + where(m) +
                                QStringLiteral(" -> \"") + t + QLatin1Char('"');
        }
        if (m.numerus && m.type.isEmpty() && m.translations.size() != 2)
            problems << QStringLiteral("needs 2 plural forms: ") + where(m);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestTranslationFiles::englishHasEveryPluralForm()
{
    // Every plural message of the sources has English singular and plural forms, so English
    // users never read "1 file(s)".
    QSet<QString> english;
    for (const TsMessage &m : m_files[QStringLiteral("en")].messages)
        english.insert(m.context + QLatin1Char('|') + m.source);
    QStringList missing;
    for (const TsMessage &m : m_files[QStringLiteral("de")].messages) {
        if (m.numerus && !english.contains(m.context + QLatin1Char('|') + m.source))
            missing << where(m);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::filesMatchTheSources()
{
    // lupdate over today's sources must not change the committed files: a new or changed
    // message in the code that the .ts files do not have yet fails here.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = QStringLiteral(SPINDLE_SOURCE_DIR);
    const QStringList sources = {root + QStringLiteral("/core"), root + QStringLiteral("/ui"),
                                 root + QStringLiteral("/app")};
    const QStringList common =
        QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                    QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("-no-ui-lines")} +
        sources;
    QStringList regular;
    for (const QString &language : shippedLanguages()) {
        QVERIFY(
            QFile::copy(tsPath(language), dir.filePath(QFileInfo(tsPath(language)).fileName())));
        regular << dir.filePath(QFileInfo(tsPath(language)).fileName());
    }
    const QString english = dir.filePath(QStringLiteral("spindle_en.ts"));
    QVERIFY(QFile::copy(tsPath(QStringLiteral("en")), english));
    for (const QStringList &args : {common + QStringList{QStringLiteral("-ts")} + regular,
                                    QStringList{QStringLiteral("-pluralonly")} + common +
                                        QStringList{QStringLiteral("-ts"), english}}) {
        QProcess lupdate;
        lupdate.start(QStringLiteral(SPINDLE_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    }
    QStringList changed;
    for (const QString &language : withEnglish()) {
        QFile original(tsPath(language));
        QFile updated(dir.filePath(QFileInfo(tsPath(language)).fileName()));
        QVERIFY(original.open(QIODevice::ReadOnly) && updated.open(QIODevice::ReadOnly));
        if (original.readAll() != updated.readAll())
            changed << QFileInfo(original).fileName();
    }
    QVERIFY2(changed.isEmpty(),
             qPrintable(QStringLiteral("The messages in the sources differ from %1: run "
                                       "'cmake --build build --target spindle_update_translations' "
                                       "and translate what it marks unfinished.")
                            .arg(changed.join(QStringLiteral(", ")))));
}

void TestTranslationFiles::cliSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("args");
    QStringList verbs = {QStringLiteral("drives"),  QStringLiteral("info"),
                         QStringLiteral("read"),    QStringLiteral("burn"),
                         QStringLiteral("erase"),   QStringLiteral("verify"),
                         QStringLiteral("ls"),      QStringLiteral("build"),
                         QStringLiteral("extract"), QStringLiteral("titles")};
    for (const QString &language : shippedLanguages()) {
        QTest::newRow(qPrintable(language + QStringLiteral(" --help")))
            << language << QStringList{QStringLiteral("--help")};
        for (const QString &verb : verbs)
            QTest::newRow(qPrintable(language + QLatin1Char(' ') + verb))
                << language << QStringList{verb, QStringLiteral("--help")};
        QTest::newRow(qPrintable(language + QStringLiteral(" error")))
            << language
            << QStringList{QStringLiteral("info"), QStringLiteral("--drive"),
                           QStringLiteral("stdio:/nonexistent-folder/disc.iso")};
    }
}

void TestTranslationFiles::cliSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, args);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), language); // what the issue promises works
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SPINDLE_CLI), args);
    QVERIFY(cli.waitForFinished(60000));
    const QString output =
        QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QVERIFY2(output.count(QLatin1Char('\n')) >= 1, qPrintable(output));

    // No piece of an English message that has a different translation may show (pieces: its
    // lines, cut at placeholders), and at least one translated piece must. Pieces the
    // translation keeps as they are (command examples) are not English prose.
    QStringList english;
    int translatedPieces = 0;
    for (const TsMessage &m : m_files[language].messages) {
        if (m.translations.isEmpty() || m.translations.first() == m.source)
            continue;
        const QString &translation = m.translations.first();
        for (const QString &piece : pieces(m.source, 3)) {
            if (output.contains(piece) && !translation.contains(piece))
                english << piece;
        }
        for (const QString &piece : pieces(translation, 2)) {
            if (output.contains(piece) && !m.source.contains(piece))
                ++translatedPieces;
        }
    }
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("English in the %1 output:\n").arg(language) +
                        english.join(QLatin1Char('\n')) + QStringLiteral("\n--- output:\n") +
                        output));
    QVERIFY2(translatedPieces > 0, qPrintable(output));
    // QCommandLineParser's own texts come from Qt's translations (qt6-translations-l10n).
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                      QStringLiteral("/qtbase_%1.qm").arg(language))) {
        QVERIFY2(!output.contains(QStringLiteral("Displays help on commandline options")),
                 qPrintable(output));
    }
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
