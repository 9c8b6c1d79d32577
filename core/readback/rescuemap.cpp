#include "readback/rescuemap.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <algorithm>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RescueMap)
};

bool validStatus(char c)
{
    return c == '?' || c == '*' || c == '/' || c == '-' || c == '+';
}

// Comment lines that list the ranges rebuilt from error-correction data.
constexpr char kRebuiltPrefix[] = "# rebuilt  ";

QString hex(qint64 value)
{
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}
} // namespace

RescueMap::RescueMap(qint64 size)
{
    if (size > 0)
        m_ranges << Range{0, size, Status::NonTried};
}

qint64 RescueMap::size() const
{
    return m_ranges.isEmpty() ? 0 : m_ranges.last().end();
}

void RescueMap::mark(qint64 pos, qint64 size, Status status)
{
    if (size <= 0)
        return;
    const qint64 end = pos + size;
    QList<Range> result;
    result.reserve(m_ranges.size() + 2);
    bool inserted = false;
    for (const Range &r : std::as_const(m_ranges)) {
        if (r.end() <= pos || r.pos >= end) {
            if (!inserted && r.pos >= end) {
                result << Range{pos, size, status};
                inserted = true;
            }
            result << r;
            continue;
        }
        if (r.pos < pos)
            result << Range{r.pos, pos - r.pos, r.status};
        if (!inserted) {
            result << Range{pos, size, status};
            inserted = true;
        }
        if (r.end() > end)
            result << Range{end, r.end() - end, r.status};
    }
    if (!inserted)
        result << Range{pos, size, status};
    m_ranges = result;
    normalize();
}

void RescueMap::markRebuilt(QList<Range> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.pos < b.pos; });
    QList<Range> rebuilt;
    for (Range r : std::as_const(ranges)) {
        r.size = std::min(r.end(), size()) - r.pos;
        r.status = Status::Finished;
        if (r.size <= 0 || r.pos < 0)
            continue;
        if (!rebuilt.isEmpty() && r.pos <= rebuilt.last().end())
            rebuilt.last().size = std::max(rebuilt.last().end(), r.end()) - rebuilt.last().pos;
        else
            rebuilt << r;
    }
    if (rebuilt.isEmpty())
        return;
    // One sweep over both ordered lists (mark() per range would be quadratic).
    QList<Range> result;
    qsizetype k = 0;
    for (const Range &r : std::as_const(m_ranges)) {
        qint64 pos = r.pos;
        while (k < rebuilt.size() && rebuilt[k].end() <= pos)
            ++k;
        for (qsizetype j = k; j < rebuilt.size() && rebuilt[j].pos < r.end(); ++j) {
            if (rebuilt[j].pos > pos)
                result << Range{pos, rebuilt[j].pos - pos, r.status};
            const qint64 end = std::min(rebuilt[j].end(), r.end());
            result << Range{std::max(pos, rebuilt[j].pos), end - std::max(pos, rebuilt[j].pos),
                            Status::Finished};
            pos = end;
        }
        if (pos < r.end())
            result << Range{pos, r.end() - pos, r.status};
    }
    m_ranges = result;
    normalize();
    m_rebuilt << rebuilt;
    std::sort(m_rebuilt.begin(), m_rebuilt.end(),
              [](const Range &a, const Range &b) { return a.pos < b.pos; });
    QList<Range> merged;
    for (const Range &r : std::as_const(m_rebuilt)) {
        if (!merged.isEmpty() && r.pos <= merged.last().end())
            merged.last().size = std::max(merged.last().end(), r.end()) - merged.last().pos;
        else
            merged << r;
    }
    m_rebuilt = merged;
}

qint64 RescueMap::rebuiltBytes() const
{
    qint64 total = 0;
    for (const Range &r : m_rebuilt)
        total += r.size;
    return total;
}

void RescueMap::normalize()
{
    QList<Range> merged;
    for (const Range &r : std::as_const(m_ranges)) {
        if (r.size <= 0)
            continue;
        if (!merged.isEmpty() && merged.last().status == r.status && merged.last().end() == r.pos)
            merged.last().size += r.size;
        else
            merged << r;
    }
    m_ranges = merged;
}

RescueMap::Status RescueMap::statusAt(qint64 pos) const
{
    for (const Range &r : m_ranges) {
        if (pos >= r.pos && pos < r.end())
            return r.status;
    }
    return Status::NonTried;
}

QList<RescueMap::Range> RescueMap::rangesWith(Status status) const
{
    QList<Range> out;
    for (const Range &r : m_ranges) {
        if (r.status == status)
            out << r;
    }
    return out;
}

qint64 RescueMap::bytesWith(Status status) const
{
    qint64 total = 0;
    for (const Range &r : m_ranges) {
        if (r.status == status)
            total += r.size;
    }
    return total;
}

QList<RescueMap::Range> RescueMap::pending() const
{
    QList<Range> out;
    for (const Range &r : m_ranges) {
        if (r.status != Status::Finished)
            out << r;
    }
    return out;
}

Result<RescueMap> RescueMap::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{
            Tr::tr("The map file %1 could not be opened: %2.").arg(path, file.errorString()), {}};
    RescueMap map;
    QList<Range> rebuilt;
    bool sawStatusLine = false;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromLatin1(file.readLine()).trimmed();
        ++lineNumber;
        if (line.startsWith(QLatin1String(kRebuiltPrefix))) {
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool okPos = false;
            bool okSize = false;
            const qint64 pos = fields.value(2).toLongLong(&okPos, 0);
            const qint64 size = fields.value(3).toLongLong(&okSize, 0);
            if (fields.size() != 4 || !okPos || !okSize || pos < 0 || size <= 0)
                return Error{
                    Tr::tr("The map file %1 is damaged (line %2).").arg(path).arg(lineNumber),
                    line};
            rebuilt << Range{pos, size, Status::Finished};
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool okPos = false;
        if (!sawStatusLine) { // "current_pos current_status [current_pass]"
            if (fields.size() < 2)
                break;
            map.m_currentPos = fields[0].toLongLong(&okPos, 0);
            sawStatusLine = okPos;
            if (!okPos)
                break;
            continue;
        }
        bool okSize = false;
        if (fields.size() < 3 || fields[2].size() != 1 || !validStatus(fields[2][0].toLatin1()))
            return Error{Tr::tr("The map file %1 is damaged (line %2).").arg(path).arg(lineNumber),
                         line};
        const qint64 pos = fields[0].toLongLong(&okPos, 0);
        const qint64 size = fields[1].toLongLong(&okSize, 0);
        if (!okPos || !okSize || pos != map.size() || size <= 0)
            return Error{Tr::tr("The map file %1 is damaged (line %2).").arg(path).arg(lineNumber),
                         line};
        map.m_ranges << Range{pos, size, Status(fields[2][0].toLatin1())};
    }
    if (!sawStatusLine)
        return Error{Tr::tr("%1 is not a ddrescue map file.").arg(path), {}};
    map.normalize();
    map.markRebuilt(rebuilt);
    return map;
}

std::optional<Error> RescueMap::save(const QString &path) const
{
    QSaveFile file(path); // never leaves a half-written map behind
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{
            Tr::tr("The map file %1 could not be written: %2.").arg(path, file.errorString()), {}};
    QTextStream out(&file);
    out << "# Mapfile. Created by Spindle " << QStringLiteral(SPINDLE_VERSION) << '\n'
        << "# current_pos  current_status  current_pass\n"
        << hex(m_currentPos) << "     "
        << (isComplete() || pending().first().status == Status::Bad ? '+' : '?')
        << "               1\n"
        << "#      pos        size  status\n";
    for (const Range &r : m_ranges)
        out << hex(r.pos) << "  " << hex(r.size) << "  " << char(r.status) << '\n';
    if (!m_rebuilt.isEmpty()) {
        out << "# Not read but rebuilt from error-correction data (spindle-cli repair):\n";
        for (const Range &r : m_rebuilt)
            out << kRebuiltPrefix << hex(r.pos) << "  " << hex(r.size) << '\n';
    }
    out.flush();
    if (!file.commit())
        return Error{
            Tr::tr("The map file %1 could not be written: %2.").arg(path, file.errorString()), {}};
    return std::nullopt;
}

} // namespace Spindle
