#include "fixtures.h"

#include "device/grabbeddrive.h"
#include "ecc/rs03image.h"
#include "readback/discrs03.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

// inspectRs03Disc on virtual drives (stdio:PATH): a disc holding an image augmented by
// augmentRs03Image (what `spindle-cli protect` runs) is found with the roots the image's own
// header gives; a disc cut short inside the data says so; a plain disc, and one with other data
// after its file system, hold none. queryMediaInfoWithEcc puts the finding in the notes.
class TestDiscRs03 final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;
    QString m_protected;

    static QString stdio(const QString &path) { return QStringLiteral("stdio:") + path; }

    QString copyOf(const QString &source, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return QFile::copy(source, path) ? path : QString();
    }

    static std::optional<DiscRs03Info> inspect(const QString &path)
    {
        auto drive = GrabbedDrive::grab(stdio(path));
        if (!drive)
            return std::nullopt;
        return inspectRs03Disc(readMediaInfo(*drive.value()), *drive.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_iso = makeIso(m_dir.path(), QStringLiteral("plain.iso"), QStringLiteral("PLAIN"),
                        {QStringLiteral("a.txt=") + QStringLiteral("text\n").repeated(100000)});
        QVERIFY2(!m_iso.isEmpty(), "xorriso could not make the image");
        m_protected = copyOf(m_iso, QStringLiteral("protected.iso"));
        bool cancelled = false;
        // 80 sectors a layer: 170 × 80 ecc sectors, enough for `read` to look for a header.
        const auto augmented = augmentRs03Image(
            m_protected, 255 * 80, [](qint64, qint64) { return true; }, &cancelled);
        QVERIFY2(augmented.ok(), qPrintable(augmented.error().message));
    }

    void findsProtectedDisc()
    {
        const auto image = inspectRs03Image(m_protected);
        QVERIFY(image && image->state == Rs03ImageInfo::State::Augmented);
        const auto found = inspect(m_protected);
        QVERIFY(found.has_value());
        QCOMPARE(found->layout.nroots, image->layout.nroots);
        QCOMPARE(found->layout.sectorsPerLayer, image->layout.sectorsPerLayer);
        QCOMPARE(found->layout.dataSectors, QFileInfo(m_iso).size() / 2048);
        QVERIFY(found->complete());
        QVERIFY2(found->describe().contains(QStringLiteral("%1 roots").arg(image->layout.nroots)),
                 qPrintable(found->describe()));

        const auto info = queryMediaInfoWithEcc(stdio(m_protected));
        QVERIFY(info.ok());
        QVERIFY(info->notes.contains(found->describe()));
    }

    void discCutShortSaysSo()
    {
        const QString cut = copyOf(m_protected, QStringLiteral("cut.iso"));
        const qint64 total = QFileInfo(cut).size() / 2048;
        QVERIFY(QFile::resize(cut, (total - 1000) * 2048));
        const auto found = inspect(cut);
        QVERIFY(found.has_value());
        QVERIFY(!found->complete());
        QCOMPARE(found->discEndSector, total - 1000);
        QVERIFY2(found->describe().contains(QLatin1String("ends 1000 sector")),
                 qPrintable(found->describe()));
    }

    void plainDiscHoldsNone()
    {
        QVERIFY(!inspect(m_iso).has_value());
        const auto info = queryMediaInfoWithEcc(stdio(m_iso));
        QVERIFY(info.ok());
        for (const QString &note : info->notes)
            QVERIFY2(!note.contains(QLatin1String("RS03")), qPrintable(note));

        // Other data after the file system, as much as ecc data would take: no header there.
        const QString other = copyOf(m_iso, QStringLiteral("other.iso"));
        QFile file(other);
        QVERIFY(file.open(QIODevice::Append));
        file.write(randomBytes(255 * 80 * 2048 - int(file.size()), 7));
        file.close();
        QVERIFY(!inspect(other).has_value());

        // A damaged header (one byte of its checksummed part changed) is not trusted either.
        const QString damaged = copyOf(m_protected, QStringLiteral("damaged-header.iso"));
        QFile header(damaged);
        QVERIFY(header.open(QIODevice::ReadWrite));
        QVERIFY(header.seek(QFileInfo(m_iso).size() + 100));
        const char byte = header.read(1).at(0);
        header.seek(QFileInfo(m_iso).size() + 100);
        header.write(QByteArray(1, char(byte ^ 0x5a)));
        header.close();
        QVERIFY(!inspect(damaged).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDiscRs03)
#include "tst_discrs03.moc"
