#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The layering of core/: one folder per subsystem, in an order written in core/CMakeLists.txt
// (SPINDLE_CORE_FOLDERS, bottom-up) and in the README. A folder may include itself and folders
// before it, never one after it; nothing in core/ includes QtGui or QtWidgets; every include
// of a core header, anywhere in the project, names its folder ("dvd/ifonav.h").
// The checker is run on the real tree and on small trees made here that break each rule, so
// this test is seen to fail when the rules are broken.
class TestIncludeOrder final : public QObject
{
    Q_OBJECT

private:
    struct Include
    {
        QString file; // relative to the scanned root
        int line = 0;
        QString target; // what is between the quotes or angle brackets
        bool angle = false;
    };

    static QList<Include> includesUnder(const QString &root, const QString &subdir)
    {
        static const QRegularExpression re(
            QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"));
        QList<Include> found;
        QDirIterator it(root + QLatin1Char('/') + subdir,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const auto m = re.match(QString::fromUtf8(f.readLine()));
                if (m.hasMatch())
                    found.append({QDir(root).relativeFilePath(path), line, m.captured(2),
                                  m.captured(1) == QLatin1String("<")});
            }
        }
        return found;
    }

    static bool isGuiHeader(const QString &target)
    {
        // <QtGui/...>, <QtWidgets/...>, or a class header that only those modules ship.
        if (target.startsWith(QLatin1String("QtGui")) ||
            target.startsWith(QLatin1String("QtWidgets")))
            return true;
        if (!target.startsWith(QLatin1Char('Q')) || target.contains(QLatin1Char('/')))
            return false;
        const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
        return QFile::exists(headers + QStringLiteral("/QtGui/") + target) ||
               QFile::exists(headers + QStringLiteral("/QtWidgets/") + target);
    }

public:
    // Every broken rule under `root` (a source tree with core/ and, optionally, ui/ app/ tests/).
    static QStringList problems(const QString &root, const QStringList &order)
    {
        QStringList out;
        const QDir core(root + QStringLiteral("/core"));
        for (const QFileInfo &fi : core.entryInfoList(QDir::Files)) {
            if (fi.fileName() != QLatin1String("CMakeLists.txt"))
                out << QStringLiteral("core/%1: a file at core/'s top level; put it in the "
                                      "folder of its subsystem")
                           .arg(fi.fileName());
        }
        const QStringList folders = core.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : folders) {
            if (!order.contains(folder))
                out << QStringLiteral("core/%1/: not in the folder order (core/CMakeLists.txt)")
                           .arg(folder);
        }
        for (const QString &folder : order) {
            if (!folders.contains(folder))
                out << QStringLiteral("core/%1/: in the folder order but missing").arg(folder);
        }

        // Which folder each core header lives in, to catch includes that do not name it.
        QHash<QString, QString> headerFolder;
        QDirIterator it(core.path(), {QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = core.relativeFilePath(it.next());
            headerFolder.insert(rel.section(QLatin1Char('/'), -1),
                                rel.section(QLatin1Char('/'), 0, 0));
        }

        for (const Include &inc : includesUnder(root, QStringLiteral("core"))) {
            const QString where = QStringLiteral("%1:%2").arg(inc.file).arg(inc.line);
            const QString from = inc.file.section(QLatin1Char('/'), 1, 1);
            if (inc.angle) {
                if (isGuiHeader(inc.target))
                    out << QStringLiteral("%1: core includes <%2> (QtGui/QtWidgets)")
                               .arg(where, inc.target);
                continue;
            }
            const QString to = inc.target.section(QLatin1Char('/'), 0, 0);
            if (!inc.target.contains(QLatin1Char('/')) || !order.contains(to)) {
                out << QStringLiteral("%1: \"%2\" does not name a core folder")
                           .arg(where, inc.target);
                continue;
            }
            if (!QFile::exists(core.filePath(inc.target)))
                out << QStringLiteral("%1: \"%2\" does not exist").arg(where, inc.target);
            if (order.indexOf(to) > order.indexOf(from))
                out << QStringLiteral("%1: %2/ includes \"%3\", a folder above it in the order")
                           .arg(where, from, inc.target);
        }
        for (const QString &outside :
             {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("tests")}) {
            if (!QDir(root + QLatin1Char('/') + outside).exists())
                continue;
            for (const Include &inc : includesUnder(root, outside)) {
                if (!inc.angle && headerFolder.contains(inc.target) &&
                    !QFile::exists(root + QLatin1Char('/') +
                                   inc.file.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') +
                                   inc.target))
                    out << QStringLiteral("%1:%2: \"%3\" is a core header; include it as \"%4/%3\"")
                               .arg(inc.file)
                               .arg(inc.line)
                               .arg(inc.target, headerFolder.value(inc.target));
            }
        }
        return out;
    }

private:
    static QStringList coreOrder()
    {
        return QStringLiteral(SPINDLE_CORE_FOLDERS).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    }

    // Writes `text` to root/relPath, making folders.
    static void put(const QString &root, const QString &relPath, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(root + QLatin1Char('/') + relPath).path());
        QFile f(root + QLatin1Char('/') + relPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private Q_SLOTS:
    void realTreeKeepsTheOrder()
    {
        const QStringList found = problems(QStringLiteral(SPINDLE_SOURCE_DIR), coreOrder());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The README's architecture section lists the folders bottom-up, as core/CMakeLists.txt does.
    void readmeListsTheOrder()
    {
        QFile readme(QStringLiteral(SPINDLE_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        static const QRegularExpression item(QStringLiteral("^\\d+\\. `core/(\\w+)/`"),
                                             QRegularExpression::MultilineOption);
        QStringList listed;
        for (auto it = item.globalMatch(text); it.hasNext();)
            listed << it.next().captured(1);
        QCOMPARE(listed, coreOrder());
    }

    void brokenTreesAreCaught_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("upward include")
            << "core/base/a.cpp" << QByteArray("#include \"jobs/j.h\"\n") << "a folder above it";
        QTest::newRow("QtWidgets")
            << "core/dvd/d.cpp" << QByteArray("#include <QWidget>\n") << "QtGui/QtWidgets";
        QTest::newRow("QtGui module")
            << "core/dvd/d.cpp" << QByteArray("#include <QtGui/QImage>\n") << "QtGui/QtWidgets";
        QTest::newRow("QtGui class")
            << "core/dvd/d.cpp" << QByteArray("#include <QColor>\n") << "QtGui/QtWidgets";
        QTest::newRow("folder not named") << "core/dvd/d.cpp" << QByteArray("#include \"j.h\"\n")
                                          << "does not name a core folder";
        QTest::newRow("no such header")
            << "core/dvd/d.cpp" << QByteArray("#include \"base/zz.h\"\n") << "does not exist";
        QTest::newRow("file at top") << "core/loose.cpp" << QByteArray("\n") << "top level";
        QTest::newRow("unlisted folder")
            << "core/extra/x.cpp" << QByteArray("\n") << "not in the folder order";
        QTest::newRow("ui without folder")
            << "ui/page.cpp" << QByteArray("#include \"j.h\"\n") << "include it as \"jobs/j.h\"";
    }

    void brokenTreesAreCaught()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A tree that keeps every rule: base below jobs, each including what it may.
        put(dir.path(), QStringLiteral("core/CMakeLists.txt"), "\n");
        put(dir.path(), QStringLiteral("core/base/a.h"), "#include <QString>\n");
        put(dir.path(), QStringLiteral("core/dvd/d.h"), "#include \"base/a.h\"\n");
        put(dir.path(), QStringLiteral("core/jobs/j.h"),
            "#include \"base/a.h\"\n#include \"dvd/d.h\"\n");
        put(dir.path(), QStringLiteral("ui/ok.cpp"), "#include \"jobs/j.h\"\n#include <QWidget>\n");
        const QStringList order{QStringLiteral("base"), QStringLiteral("dvd"),
                                QStringLiteral("jobs")};
        QVERIFY2(problems(dir.path(), order).isEmpty(),
                 qPrintable(problems(dir.path(), order).join(QLatin1Char('\n'))));

        put(dir.path(), file, text);
        const QStringList found = problems(dir.path(), order);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(expected), qPrintable(found.first()));
    }
};

QTEST_GUILESS_MAIN(TestIncludeOrder)
#include "tst_includeorder.moc"
