#include "dvd/trimjumps.h"

#include <QCoreApplication>

#include <algorithm>

namespace Spindle {

namespace {

// The notes are part of the trim's, in its translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::DvdTrim)
};

} // namespace

const TrimTitle *TrimJumps::title(int number) const
{
    return number >= 1 && number <= m_titles.size() ? &m_titles[number - 1] : nullptr;
}

const TrimTitle *TrimJumps::titleOf(int set, int vtsTitle) const
{
    for (const TrimTitle &t : m_titles) {
        if (t.titleSet == set && t.vtsTitle == vtsTitle)
            return &t;
    }
    return nullptr;
}

// Where a jump to a title (or menu) that is left out goes instead. JumpTT only runs in
// first play and the VMG menus (libdvdnav asserts it, as the DVD-Video command set says):
//  - first play, VMG menus: the main feature (the longest title kept);
//  - a title set's menu: the main feature when it is in that set (JumpVTS_TT), else the
//    VMG's title menu (JumpSS), else first play;
//  - a title: on a "main feature only" disc, first play, whose commands play the next kept
//    title (dvdminimalvmg); otherwise the VMG's title menu (CallSS), else stop.
void TrimJumps::divert(NavCommand &c, const NavContext &context) const
{
    switch (context.domain) {
    case NavDomain::FirstPlay:
    case NavDomain::VmgMenu:
        setJumpTT(c, m_main.newNumber);
        break;
    case NavDomain::VtsMenu:
        if (m_main.titleSet == context.titleSet)
            setJumpVtsTT(c, m_main.vtsTitle);
        else if (m_hasTitleMenu)
            setJumpSSVmgMenu(c, 2);
        else
            setJumpSSFirstPlay(c);
        break;
    case NavDomain::Title:
        if (m_mainFeatureOnly)
            setCallFirstPlay(c);
        else if (m_hasTitleMenu)
            setCallVmgMenu(c, 2);
        else
            setExit(c);
        break;
    }
}

std::optional<QString> TrimJumps::rewrite(NavCommand &c, const NavContext &context) const
{
    if (context.domain == NavDomain::Title) {
        const TrimTitle *owner = titleOf(context.titleSet, context.vtsTitle);
        if (!owner || owner->newNumber == 0)
            return std::nullopt; // a PGC of a title that goes: never played
    }
    const NavCommand before = c;
    const NavJump j = decodeJump(c);
    const bool menusGone = m_mainFeatureOnly;
    bool leftOut = false;
    switch (j.kind) {
    case NavJump::Kind::JumpTT: {
        const TrimTitle *t = title(j.title);
        if (!t)
            return std::nullopt;
        if (t->newNumber == 0)
            leftOut = true;
        else if (t->newNumber != j.title)
            setJumpTT(c, t->newNumber);
        break;
    }
    case NavJump::Kind::JumpVtsTT:
    case NavJump::Kind::JumpVtsPtt: {
        const TrimTitle *t = titleOf(context.titleSet, j.title);
        leftOut = t && t->newNumber == 0;
        break;
    }
    case NavJump::Kind::Exit:
        // Without menus a title that stops the disc goes on to the next instead.
        leftOut = menusGone && context.domain == NavDomain::Title;
        break;
    case NavJump::Kind::JumpSS:
    case NavJump::Kind::CallSS:
        if (j.space == NavJump::Space::FirstPlay)
            break;
        if (menusGone) {
            leftOut = true;
        } else if (j.kind == NavJump::Kind::JumpSS && j.space == NavJump::Space::VtsMenu &&
                   j.titleSet > 0 && j.titleSet <= m_setNumbers.size()) {
            const int setNumber = m_setNumbers[j.titleSet - 1];
            const TrimTitle *t = titleOf(j.titleSet, j.vtsTitle);
            if (setNumber == 0) {
                leftOut = true;
            } else if (t && t->newNumber == 0) {
                // The set stays but not this title: its menu with a title that stays.
                const auto kept =
                    std::find_if(m_titles.cbegin(), m_titles.cend(), [&](const TrimTitle &o) {
                        return o.newNumber > 0 && o.titleSet == j.titleSet;
                    });
                setJumpSSVtsMenu(c, setNumber, kept->vtsTitle);
            } else if (setNumber != j.titleSet) {
                setJumpSSVtsMenu(c, setNumber, j.vtsTitle);
            }
        }
        break;
    default:
        break;
    }
    if (leftOut)
        divert(c, context);
    const NavJump after = decodeJump(c);
    if (context.domain == NavDomain::Title && after.kind == NavJump::Kind::CallSS &&
        after.space == NavJump::Space::FirstPlay)
        markChained(context.titleSet, context.vtsTitle);
    if (c == before && !leftOut)
        return std::nullopt;
    QString why = j.kind == NavJump::Kind::JumpSS ? Tr::tr("title sets are renumbered")
                                                  : Tr::tr("titles are renumbered");
    if (leftOut && j.kind == NavJump::Kind::Exit)
        why = Tr::tr("without menus the titles play one after the other");
    else if (leftOut && menusGone && j.kind != NavJump::Kind::JumpTT)
        why = Tr::tr("the menus are left out");
    else if (leftOut && j.kind == NavJump::Kind::JumpTT)
        why = Tr::tr("title %1 is left out").arg(j.title);
    else if (leftOut)
        why = Tr::tr("its target is left out");
    QString now = describeJump(c);
    if (after.kind == NavJump::Kind::CallSS && after.space == NavJump::Space::FirstPlay &&
        menusGone)
        now = Tr::tr("play the next title, or stop after the last");
    const auto source = std::find_if(m_titles.cbegin(), m_titles.cend(), [&](const TrimTitle &t) {
        return t.newNumber == after.title;
    });
    if (after.kind == NavJump::Kind::JumpTT && source != m_titles.cend() &&
        source->number != after.title)
        now = Tr::tr("play title %1 (title %2 of the source)").arg(after.title).arg(source->number);
    return Tr::tr("%1: \"%2\" now does \"%3\" (%4).")
        .arg(context.where, describeJump(before), now, why);
}

} // namespace Spindle
