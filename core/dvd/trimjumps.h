#pragma once

#include "dvd/ifonav.h"

#include <QList>
#include <QString>

#include <optional>
#include <set>
#include <utility>

namespace Spindle {

// A title of the source as the trim sees it: where it is and what it becomes.
struct TrimTitle
{
    int number = 0;    // in the source
    int newNumber = 0; // 0: left out
    int titleSet = 0;  // in the source
    int vtsTitle = 0;  // VTS_TTN within its title set
};

// Rewrites the jumps of navigation commands when titles or title sets are left out or
// renumbered: a jump to what stays is renumbered, a jump to what goes is diverted (see
// divert()). It remembers which kept titles now end by calling first play, so that a
// "main feature only" disc can chain the others.
class TrimJumps
{
public:
    // `titles` in source order; `setNumbers[n - 1]` is the new number of source title set n
    // (0: left out); `main` is the longest kept title.
    TrimJumps(QList<TrimTitle> titles, QList<int> setNumbers, TrimTitle main, bool hasTitleMenu,
              bool mainFeatureOnly)
        : m_titles(std::move(titles)), m_setNumbers(std::move(setNumbers)), m_main(main),
          m_hasTitleMenu(hasTitleMenu), m_mainFeatureOnly(mainFeatureOnly)
    {}

    // What changed and why, for the notes; nullopt when the command stays as it was.
    std::optional<QString> rewrite(NavCommand &c, const NavContext &context) const;

    bool isChained(int titleSet, int vtsTitle) const
    {
        return m_chained.count({titleSet, vtsTitle}) > 0;
    }
    void markChained(int titleSet, int vtsTitle) const { m_chained.insert({titleSet, vtsTitle}); }

private:
    const TrimTitle *title(int number) const;
    const TrimTitle *titleOf(int set, int vtsTitle) const;
    void divert(NavCommand &c, const NavContext &context) const;

    QList<TrimTitle> m_titles;
    QList<int> m_setNumbers;
    TrimTitle m_main;
    bool m_hasTitleMenu = false;
    bool m_mainFeatureOnly = false;
    // Kept titles (source title set, VTS_TTN) whose PGCs end by calling first play. Rewriting
    // is const to its callers (a NavRewrite), but finding these is a side effect of it.
    mutable std::set<std::pair<int, int>> m_chained;
};

} // namespace Spindle
