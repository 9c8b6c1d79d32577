#include "fixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle::Test;

// Numbers in spindle-cli's text follow the language it speaks, also when only LANGUAGE asks
// for it (LANG=C.UTF-8 needs no generated system locale); --json stays plain numbers.
class TestCliLocale final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;

    // spindle-cli with LANG=C.UTF-8 and the given other variables; the test's own LC_* and
    // LANGUAGE do not leak in.
    QString run(const QStringList &args, const QHash<QString, QString> &vars)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_NUMERIC", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (auto it = vars.cbegin(); it != vars.cend(); ++it)
            env.insert(it.key(), it.value());
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SPINDLE_CLI), args);
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
            return QString::fromUtf8(cli.readAllStandardError());
        return QString::fromUtf8(cli.readAllStandardOutput());
    }

    QStringList infoArgs() const
    {
        // A written DVD-R: its capacity is the same on every machine.
        return {QStringLiteral("info"), QStringLiteral("--drive"), QStringLiteral("stdio:") + m_iso,
                QStringLiteral("--medium"), QStringLiteral("dvd-r")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        m_iso = makeIso(m_dir.path(), QStringLiteral("locale.iso"), QStringLiteral("LOCALE"),
                        {QStringLiteral("a.txt=a")});
        QVERIFY(!m_iso.isEmpty());
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("capacity");
        QTest::newRow("English") << QString() << QString()
                                 << QStringLiteral("4.71 GB (4,707,319,808 bytes)");
        QTest::newRow("LANGUAGE=de") << QStringLiteral("LANGUAGE") << QStringLiteral("de")
                                     << QStringLiteral("4,71 GB (4.707.319.808 Bytes)");
        QTest::newRow("LANG=de_DE.UTF-8") << QStringLiteral("LANG") << QStringLiteral("de_DE.UTF-8")
                                          << QStringLiteral("4,71 GB (4.707.319.808 Bytes)");
    }

    void sizes()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, capacity);
        QHash<QString, QString> vars;
        if (!variable.isEmpty())
            vars.insert(variable, value);
        const QString out = run(infoArgs(), vars);
        QVERIFY2(out.contains(capacity), qPrintable(out));
    }

    // Formats chosen apart from the language (a desktop's "Formats: United Kingdom").
    void formatsChosenApart()
    {
        const QString out =
            run(infoArgs(), {{QStringLiteral("LANGUAGE"), QStringLiteral("de")},
                             {QStringLiteral("LC_NUMERIC"), QStringLiteral("en_GB.UTF-8")}});
        QVERIFY2(out.contains(QStringLiteral("Kapazität:")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("4.71 GB (4,707,319,808 Bytes)")), qPrintable(out));
    }

    void jsonKeepsPlainNumbers()
    {
        QStringList args = infoArgs();
        args << QStringLiteral("--json");
        const QString out = run(args, {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
        QVERIFY2(out.contains(QStringLiteral("\"capacityBytes\": 4707319808")), qPrintable(out));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("capacityBytes")).toInteger(), 4707319808);
    }
};

QTEST_GUILESS_MAIN(TestCliLocale)
#include "tst_cli_locale.moc"
