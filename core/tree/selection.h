#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace Spindle {

class ImageTree;

// What a Selection says about every entry of a tree, computed in two linear passes.
struct SelectionState
{
    std::vector<uint8_t> selected;    // the entry's own state (rule or inherited from its folder)
    std::vector<uint8_t> written;     // goes into the image: selected, or holds something that is
    std::vector<uint8_t> allSelected; // it and everything below it are selected
    std::vector<qint64> selectedBytes;
    std::vector<qint64> totalBytes;
    std::vector<int> selectedFiles;
    std::vector<int> totalFiles;
    qint64 writtenEntries = 0;
};

// Which files of a tree go into the new image, as an ordered list of patterns: each line
// excludes what it matches, a line starting with "!" includes it again, the last matching line
// wins and an entry nothing matches follows its folder. A pattern with a "/" is matched against
// the whole path ("/VIDEO_TS/VTS_02_*"), one without against the name ("*.bak"); a trailing "/"
// matches folders only. Unticking a box adds the exact path, so the tree and the saved text file
// are the same thing.
class Selection final
{
public:
    struct Rule
    {
        QString pattern;
        bool include = false;
    };

    static Result<Selection> parse(const QString &text);
    QString toText() const;
    const QList<Rule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    void addRule(const QString &pattern, bool include);
    // Ticks or unticks one entry (and with it everything below it).
    void setIncluded(const QByteArray &path, bool include);
    // The same for an entry of `tree`, adding a line only where the other lines give the entry
    // another state: ticking again what a click left out takes that click's line away.
    void setIncluded(const ImageTree &tree, int entry, bool include);
    // Glob special characters in a literal path, escaped for a pattern.
    static QString escape(const QString &path);

    // Full: every field of SelectionState. WrittenOnly: `selected` and `written` alone (what
    // writing an image needs; the counts of a 70,000-entry tree are 2 MiB).
    enum class Detail
    {
        Full,
        WrittenOnly
    };
    SelectionState evaluate(const ImageTree &tree, Detail detail = Detail::Full) const;

    bool operator==(const Selection &other) const { return toText() == other.toText(); }

private:
    struct Compiled;
    // Earlier exact lines for `exact` or below it, which a new click supersedes.
    void removeExact(const QString &exact);
    QList<Rule> m_rules;
};

} // namespace Spindle
