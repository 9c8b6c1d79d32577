#include "tree/selection.h"

#include "tree/imagetree.h"

#include <QCoreApplication>
#include <algorithm>

#include <fnmatch.h>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Selection)
};

bool hasGlob(const QString &pattern)
{
    for (QChar c : pattern) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[') ||
            c == QLatin1Char('\\'))
            return true;
    }
    return false;
}

} // namespace

// Literal rules are looked up in hashes (a click adds one per entry; thousands stay fast),
// globs go through fnmatch. Each lookup yields the index of the last matching rule.
struct Selection::Compiled
{
    struct Glob
    {
        int rule;
        QByteArray pattern;
        bool wholePath;
        bool foldersOnly;
    };
    QHash<QByteArray, int> paths, names, folderPaths, folderNames;
    QList<Glob> globs; // in rule order

    explicit Compiled(const QList<Rule> &rules)
    {
        for (int i = 0; i < rules.size(); ++i) {
            QString p = rules[i].pattern;
            const bool foldersOnly = p.size() > 1 && p.endsWith(QLatin1Char('/'));
            if (foldersOnly)
                p.chop(1);
            const bool wholePath = p.contains(QLatin1Char('/'));
            if (wholePath && !p.startsWith(QLatin1Char('/')))
                p.prepend(QLatin1Char('/'));
            if (hasGlob(p)) {
                globs.append({i, p.toUtf8(), wholePath, foldersOnly});
            } else {
                QHash<QByteArray, int> &table = wholePath ? (foldersOnly ? folderPaths : paths)
                                                          : (foldersOnly ? folderNames : names);
                table.insert(p.toUtf8(), i);
            }
        }
    }

    int match(const TreeEntry &e, const QByteArray &name) const
    {
        int best = -1;
        const bool folder = e.kind == EntryKind::Directory;
        auto look = [&best](const QHash<QByteArray, int> &table, const QByteArray &key) {
            if (table.isEmpty())
                return;
            const auto it = table.constFind(key);
            if (it != table.constEnd() && it.value() > best)
                best = it.value();
        };
        look(paths, e.path);
        look(names, name);
        if (folder) {
            look(folderPaths, e.path);
            look(folderNames, name);
        }
        for (qsizetype g = globs.size() - 1; g >= 0 && globs[g].rule > best; --g) {
            const Glob &glob = globs[g];
            if (glob.foldersOnly && !folder)
                continue;
            const QByteArray &subject = glob.wholePath ? e.path : name;
            if (::fnmatch(glob.pattern.constData(), subject.constData(),
                          glob.wholePath ? FNM_PATHNAME : 0) == 0) {
                best = glob.rule;
                break;
            }
        }
        return best;
    }
};

Result<Selection> Selection::parse(const QString &text)
{
    Selection selection;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const bool include = line.startsWith(QLatin1Char('!'));
        if (include)
            line.remove(0, 1);
        if (line.isEmpty()) {
            return Error{Tr::tr("Line %1 of the pattern list holds a lone \"!\". Write a pattern "
                                "after it, or remove the line.")
                             .arg(n + 1),
                         {}};
        }
        if (line.count(QLatin1Char('[')) != line.count(QLatin1Char(']'))) {
            return Error{
                Tr::tr("Line %1 of the pattern list, \"%2\", has an unclosed \"[\". Close it "
                       "or write \\[ for a literal bracket.")
                    .arg(n + 1)
                    .arg(line),
                {}};
        }
        selection.m_rules.append({line, include});
    }
    return selection;
}

QString Selection::toText() const
{
    QString text;
    for (const Rule &r : m_rules)
        text += (r.include ? QStringLiteral("!") : QString()) + r.pattern + QLatin1Char('\n');
    return text;
}

void Selection::addRule(const QString &pattern, bool include)
{
    m_rules.append({pattern, include});
}

QString Selection::escape(const QString &path)
{
    QString out;
    out.reserve(path.size());
    for (QChar c : path) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[') ||
            c == QLatin1Char(']') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

void Selection::removeExact(const QString &exact)
{
    const QString below = exact + QLatin1Char('/');
    m_rules.erase(std::remove_if(m_rules.begin(), m_rules.end(),
                                 [&](const Rule &r) {
                                     return r.pattern == exact || r.pattern.startsWith(below);
                                 }),
                  m_rules.end());
}

void Selection::setIncluded(const QByteArray &path, bool include)
{
    const QString exact = escape(QString::fromUtf8(path));
    removeExact(exact);
    m_rules.append({exact, include});
}

void Selection::setIncluded(const ImageTree &tree, int entry, bool include)
{
    const QString exact = escape(QString::fromUtf8(tree.at(entry).path));
    removeExact(exact);
    // The entry's state under the remaining lines: the last line matching it, else its
    // nearest folder's.
    const Compiled compiled(m_rules);
    bool selected = true;
    for (int i = entry; i > 0; i = tree.at(i).parent) {
        const TreeEntry &e = tree.at(i);
        const int rule = compiled.match(e, e.path.mid(e.path.lastIndexOf('/') + 1));
        if (rule >= 0) {
            selected = m_rules[rule].include;
            break;
        }
    }
    if (selected != include)
        m_rules.append({exact, include});
}

SelectionState Selection::evaluate(const ImageTree &tree, Detail detail) const
{
    const Compiled compiled(m_rules);
    const std::vector<TreeEntry> &entries = tree.entries();
    const size_t n = entries.size();
    SelectionState s;
    s.selected.assign(n, 1);
    s.written.assign(n, 0);
    const bool full = detail == Detail::Full;
    if (full) {
        s.allSelected.assign(n, 1);
        s.selectedBytes.assign(n, 0);
        s.totalBytes.assign(n, 0);
        s.selectedFiles.assign(n, 0);
        s.totalFiles.assign(n, 0);
    }
    const bool noRules = m_rules.isEmpty();
    for (size_t i = 1; i < n; ++i) {
        const TreeEntry &e = entries[i];
        uint8_t state = s.selected[size_t(e.parent)];
        if (!noRules) {
            const int slash = e.path.lastIndexOf('/');
            const int rule = compiled.match(e, e.path.mid(slash + 1));
            if (rule >= 0)
                state = m_rules[rule].include ? 1 : 0;
        }
        s.selected[i] = state;
    }
    for (size_t i = n; i-- > 0;) {
        const TreeEntry &e = entries[i];
        s.written[i] = s.written[i] || s.selected[i];
        if (s.written[i])
            ++s.writtenEntries;
        if (!full) {
            if (e.parent >= 0 && s.written[i])
                s.written[size_t(e.parent)] = 1;
            continue;
        }
        if (e.kind != EntryKind::Directory) {
            s.totalBytes[i] = e.size;
            s.totalFiles[i] = 1;
            if (s.selected[i]) {
                s.selectedBytes[i] = e.size;
                s.selectedFiles[i] = 1;
            }
        }
        s.allSelected[i] = s.allSelected[i] && s.selected[i];
        if (e.parent >= 0) {
            const size_t p = size_t(e.parent);
            s.totalBytes[p] += s.totalBytes[i];
            s.totalFiles[p] += s.totalFiles[i];
            s.selectedBytes[p] += s.selectedBytes[i];
            s.selectedFiles[p] += s.selectedFiles[i];
            if (s.written[i])
                s.written[p] = 1;
            if (!s.allSelected[i])
                s.allSelected[p] = 0;
        }
    }
    s.written[0] = 1;
    return s;
}

} // namespace Spindle
