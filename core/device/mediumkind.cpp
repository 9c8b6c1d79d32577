#include "device/mediumkind.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <limits>

namespace Spindle {

namespace {

struct KnownMedium
{
    const char *key;
    const char *profileName; // libburn's names for these profiles
    int profileId;
    qint64 blocks; // nominal user-data capacity in 2048-byte blocks
    bool erasable;
    bool overwritable;
};

// Capacities are the usual nominal ones: 80-minute CD, single-layer DVD, 25 GB BD.
constexpr std::array<KnownMedium, 10> knownMedia{{
    {"cd-r", "CD-R", 0x09, 360000, false, false},
    {"cd-rw", "CD-RW", 0x0a, 360000, true, false},
    {"dvd-r", "DVD-R sequential recording", 0x11, 2298496, false, false},
    {"dvd+r", "DVD+R", 0x1b, 2295104, false, false},
    {"dvd-rw", "DVD-RW sequential recording", 0x14, 2298496, true, false},
    {"dvd+rw", "DVD+RW", 0x1a, 2295104, true, true},
    {"dvd-r-dl", "DVD-R/DL sequential recording", 0x15, 4171712, false, false},
    {"dvd+r-dl", "DVD+R/DL", 0x2b, 4173824, false, false},
    {"bd-r", "BD-R sequential recording", 0x41, 12219392, false, false},
    {"bd-re", "BD-RE", 0x43, 12219392, true, true},
}};

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediumKind)
};

} // namespace

QStringList MediumKind::knownKeys()
{
    QStringList keys;
    for (const KnownMedium &m : knownMedia)
        keys << QString::fromLatin1(m.key);
    return keys;
}

Result<MediumKind> MediumKind::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    MediumKind kind;
    if (t.isEmpty() || t == QLatin1String("file")) {
        kind.profileName = QStringLiteral("stdio file");
        return kind;
    }
    for (const KnownMedium &m : knownMedia) {
        if (t == QLatin1String(m.key)) {
            kind.key = t;
            kind.profileName = QString::fromLatin1(m.profileName);
            kind.profileId = m.profileId;
            kind.capacityBytes = m.blocks * 2048;
            kind.erasable = m.erasable;
            kind.overwritable = m.overwritable;
            return kind;
        }
    }
    // A byte size: SI suffixes as disc makers use them ("4.7G" DVD), binary ones spelled out.
    static const QRegularExpression sizeRe(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(k|m|g|t|kb|mb|gb|tb|kib|mib|gib|tib|b)?$"));
    const QRegularExpressionMatch match = sizeRe.match(t);
    if (match.hasMatch()) {
        const double number = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        double factor = 1.0;
        if (unit.startsWith(QLatin1Char('k')))
            factor = unit.contains(QLatin1Char('i')) ? 1024.0 : 1e3;
        else if (unit.startsWith(QLatin1Char('m')))
            factor = unit.contains(QLatin1Char('i')) ? 1048576.0 : 1e6;
        else if (unit.startsWith(QLatin1Char('g')))
            factor = unit.contains(QLatin1Char('i')) ? 1073741824.0 : 1e9;
        else if (unit.startsWith(QLatin1Char('t')))
            factor = unit.contains(QLatin1Char('i')) ? 1099511627776.0 : 1e12;
        // libburn numbers blocks with an int; checked before the conversion, which would
        // overflow for absurd sizes.
        constexpr double tooManyBytes = (double(std::numeric_limits<int>::max()) + 1) * 2048.0;
        if (number * factor >= tooManyBytes)
            return Error{Tr::tr("%1 is too large for a medium size.").arg(text.trimmed()), {}};
        const auto bytes = qint64(std::floor(number * factor));
        if (bytes < 2048)
            return Error{Tr::tr("A virtual disc must hold at least 2048 bytes (one block)."), text};
        kind.key = t;
        kind.profileName = QStringLiteral("stdio file");
        kind.capacityBytes = bytes - bytes % 2048;
        return kind;
    }
    return Error{
        Tr::tr("Unknown medium kind \"%1\". Use one of %2, or a size such as 700M or 4.7G.")
            .arg(text, knownKeys().join(QStringLiteral(", "))),
        {}};
}

} // namespace Spindle
