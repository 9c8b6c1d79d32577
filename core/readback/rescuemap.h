#pragma once

#include "base/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace Spindle {

// Which parts of a disc have been copied, in GNU ddrescue's mapfile format, so that ddrescue
// and its viewers read Spindle's maps and a rescue read can resume where it stopped.
class RescueMap final
{
public:
    enum class Status : char
    {
        NonTried = '?',
        NonTrimmed = '*',
        NonScraped = '/',
        Bad = '-',
        Finished = '+'
    };
    struct Range
    {
        qint64 pos = 0;
        qint64 size = 0;
        Status status = Status::NonTried;
        qint64 end() const { return pos + size; }
    };

    RescueMap() = default;
    // A map of `size` bytes, all not tried yet.
    explicit RescueMap(qint64 size);

    static Result<RescueMap> load(const QString &path);
    std::optional<Error> save(const QString &path) const;

    qint64 size() const;
    void mark(qint64 pos, qint64 size, Status status);
    Status statusAt(qint64 pos) const;
    const QList<Range> &ranges() const { return m_ranges; }
    // Ranges with the given status, in order.
    QList<Range> rangesWith(Status status) const;
    qint64 bytesWith(Status status) const;
    // Everything that still needs reading: not tried, or tried and failed.
    QList<Range> pending() const;
    bool isComplete() const { return pending().isEmpty(); }

    void setCurrentPosition(qint64 pos) { m_currentPos = pos; }

    // Marks sectors that were not read but rebuilt from error-correction data as finished (the
    // image holds their right bytes) and remembers them: saved as "# rebuilt POS SIZE" comment
    // lines, which ddrescue ignores and load() reads back.
    void markRebuilt(QList<Range> ranges);
    // The rebuilt ranges, in order and merged (their status is Finished).
    const QList<Range> &rebuiltRanges() const { return m_rebuilt; }
    qint64 rebuiltBytes() const;

private:
    void normalize();

    QList<Range> m_ranges;
    QList<Range> m_rebuilt;
    qint64 m_currentPos = 0;
};

} // namespace Spindle
