// dvdnavcheck: plays every title of a DVD-Video through libdvdnav and checks what a player
// relies on after Spindle rewrote the VOBs and IFOs, with readers we did not write (libdvdnav
// for playing, libdvdread for the IFO tables the expectations come from).
//
//   dvdnavcheck IMAGE_OR_FOLDER
//
// For every title:
//  - plays it from its start (dvdnav_title_play) until it ends or another title starts, and
//    checks every NAV packet libdvdnav hands over: PCI and DSI give the same sector, and it is
//    the sector libdvdnav read (the cell's first sector after a cell change, else the previous
//    NAV pack's sector plus its "next VOBU" distance, as libdvdnav computes it); the VOBU ends
//    inside its cell, the next VOBU follows it directly, the cell's last VOBU ends on the
//    cell's last sector, the VOBU holds as many blocks as its end address says and none of
//    them is another NAV pack; every cell of the PGC is played, and the title's blocks are
//    those of its cells. Prints "dvdnavcheck: title T blocks B cells C", and before that the
//    streams a player can select, as libdvdnav maps them (PGC stream control tables and the
//    title set's attributes): "dvdnavcheck: title T audio N LANG 0xID" (N from 1, ID the VOB
//    stream it plays: 0x80+n AC-3, 0x1c0+n MPEG, ...) and "... subtitle N LANG 0x2n"; for
//    16:9 video also "... subtitle N wide 0x2w letterbox 0x2l pan-scan 0x2p permitted D".
//    After it, every distinct command of the buttons shown during the title (the highlight
//    information of its NAV packs, as libdvdread's navRead_PCI parses it), in eight hex bytes:
//    "dvdnavcheck: title T button command 71 00 00 05 00 00 00 00".
//  - jumps to every chapter (dvdnav_part_play, then dvdnav_part_search from chapter 1): the
//    title and chapter libdvdnav reports are those asked, and the first NAV pack is the first
//    sector of the chapter's first cell. Prints "dvdnavcheck: title T chapter C ok".
//  - seeks by time to 25%, 50% and 75% of its length (dvdnav_describe_title_chapters,
//    dvdnav_time_search): playback resumes in the cell whose playback times hold that time, at
//    the VOBU the VOBU address map gives for it, and that NAV pack is consistent as above.
//    Prints "dvdnavcheck: title T time P% cell N ok".
// A failed check prints "dvdnavcheck: error title T ...: WHAT" instead; the exit status is 1
// when any check failed, 2 when the disc cannot be opened, 0 otherwise.

#include <dvdnav/dvdnav.h>
#include <dvdread/dvd_reader.h>
#include <dvdread/ifo_read.h>

#include <algorithm>
#include <array>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

constexpr long BlockLimit = 2000000; // per run: far beyond the test discs
constexpr int ErrorLinesPerCheck = 5;

uint32_t be32(const uint8_t *p)
{
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}

// A 2048-byte block that starts a VOBU: an MPEG-2 pack header followed by a system header.
bool isNavPack(const uint8_t *block)
{
    if (be32(block) != 0x000001BA)
        return false;
    const int at = 14 + (block[13] & 0x07);
    return be32(block + at) == 0x000001BB;
}

// dvd_time_t (BCD) in 90 kHz ticks, as libdvdnav converts cell playback times.
uint64_t ticks(const dvd_time_t &t)
{
    const auto bcd = [](uint8_t v) { return uint64_t((v >> 4) * 10 + (v & 0x0f)); };
    uint64_t result = (bcd(t.hour) * 3600 + bcd(t.minute) * 60 + bcd(t.second)) * 90000;
    const uint64_t frames = ((t.frame_u & 0x30) >> 4) * 10 + (t.frame_u & 0x0f);
    result += frames * ((t.frame_u & 0x80) ? 3000 : 3600);
    return result;
}

// The IFO tables, read through libdvdread.
class Tables
{
public:
    ~Tables()
    {
        for (auto &[n, ifo] : m_vts)
            ifoClose(ifo);
        if (m_vmg)
            ifoClose(m_vmg);
        if (m_dvd)
            DVDClose(m_dvd);
    }

    bool open(const char *path)
    {
        m_dvd = DVDOpen(path);
        m_vmg = m_dvd ? ifoOpen(m_dvd, 0) : nullptr;
        return m_vmg && m_vmg->tt_srpt;
    }

    int titles() const { return m_vmg->tt_srpt->nr_of_srpts; }

    ifo_handle_t *vtsOf(int title)
    {
        const int n = m_vmg->tt_srpt->title[title - 1].title_set_nr;
        auto it = m_vts.find(n);
        if (it == m_vts.end())
            it = m_vts.emplace(n, ifoOpen(m_dvd, n)).first;
        return it->second;
    }

    // The PGC `pgcn` of `title`'s title set.
    pgc_t *pgc(int title, int pgcn)
    {
        ifo_handle_t *vts = vtsOf(title);
        if (!vts || !vts->vts_pgcit || pgcn < 1 || pgcn > vts->vts_pgcit->nr_of_pgci_srp)
            return nullptr;
        return vts->vts_pgcit->pgci_srp[pgcn - 1].pgc;
    }

    // Chapter `part` of `title`: its PGC and program.
    bool chapter(int title, int part, int *pgcn, int *pgn)
    {
        ifo_handle_t *vts = vtsOf(title);
        const int ttn = m_vmg->tt_srpt->title[title - 1].vts_ttn;
        if (!vts || !vts->vts_ptt_srpt || ttn < 1 || ttn > vts->vts_ptt_srpt->nr_of_srpts ||
            part < 1 || part > vts->vts_ptt_srpt->title[ttn - 1].nr_of_ptts)
            return false;
        *pgcn = vts->vts_ptt_srpt->title[ttn - 1].ptt[part - 1].pgcn;
        *pgn = vts->vts_ptt_srpt->title[ttn - 1].ptt[part - 1].pgn;
        return true;
    }

    // The VOBU start libdvdnav's address map search gives for `sector` (the last at or before).
    uint32_t vobuAt(int title, uint32_t sector)
    {
        ifo_handle_t *vts = vtsOf(title);
        if (!vts || !vts->vts_vobu_admap)
            return UINT32_MAX;
        const vobu_admap_t *admap = vts->vts_vobu_admap;
        const int entries = int((admap->last_byte + 1 - VOBU_ADMAP_SIZE) / 4);
        uint32_t found = UINT32_MAX;
        for (int i = 0; i < entries && admap->vobu_start_sectors[i] <= sector; ++i)
            found = admap->vobu_start_sectors[i];
        return found;
    }

private:
    dvd_reader_t *m_dvd = nullptr;
    ifo_handle_t *m_vmg = nullptr;
    std::map<int, ifo_handle_t *> m_vts;
};

class Checker
{
public:
    Checker(dvdnav_t *nav, Tables &tables) : m_nav(nav), m_tables(tables) {}

    bool failed() const { return m_failed; }

    void playTitle(int title)
    {
        begin(title, "play");
        if (dvdnav_title_play(m_nav, title) != DVDNAV_STATUS_OK) {
            fail("dvdnav_title_play: %s", dvdnav_err_to_string(m_nav));
            return;
        }
        m_blocks = 0;
        m_cells = 0;
        m_cellsSeen.clear();
        m_buttonCommands.clear();
        if (!run(Until::FirstNav))
            return;
        streams(title);
        run(Until::TitleEnds, Reset::No);
        pgc_t *pgc = m_pgc;
        if (!pgc)
            return fail("no PGC was played");
        uint64_t expectedBlocks = 0;
        for (int c = 0; c < pgc->nr_of_cells; ++c) {
            expectedBlocks +=
                pgc->cell_playback[c].last_sector - pgc->cell_playback[c].first_sector + 1;
        }
        if (int(m_cellsSeen.size()) != pgc->nr_of_cells)
            fail("%d of the PGC's %d cells were played", int(m_cellsSeen.size()), pgc->nr_of_cells);
        if (m_blocks != expectedBlocks)
            fail("%llu blocks were played, the cells hold %llu", (unsigned long long)m_blocks,
                 (unsigned long long)expectedBlocks);
        if (!m_cellEnded)
            fail("the last cell was not played to its end");
        std::printf("dvdnavcheck: title %d blocks %llu cells %d\n", title,
                    (unsigned long long)m_blocks, m_cells);
        for (const auto &c : m_buttonCommands) {
            std::printf("dvdnavcheck: title %d button command %02x %02x %02x %02x %02x %02x %02x "
                        "%02x\n",
                        title, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
        }
    }

    void chapters(int title)
    {
        int32_t parts = 0;
        if (dvdnav_get_number_of_parts(m_nav, title, &parts) != DVDNAV_STATUS_OK || parts < 1) {
            begin(title, "chapters");
            return fail("dvdnav_get_number_of_parts: %s", dvdnav_err_to_string(m_nav));
        }
        for (int part = 1; part <= parts; ++part) {
            begin(title, "chapter");
            const int errors = m_errors;
            if (dvdnav_part_play(m_nav, title, part) != DVDNAV_STATUS_OK) {
                fail("dvdnav_part_play %d: %s", part, dvdnav_err_to_string(m_nav));
                continue;
            }
            landedInChapter(title, part);
            // The same chapter again through dvdnav_part_search, from the title's start.
            if (dvdnav_part_play(m_nav, title, 1) != DVDNAV_STATUS_OK || !run(Until::FirstNav)) {
                fail("dvdnav_part_play 1: %s", dvdnav_err_to_string(m_nav));
                continue;
            }
            if (dvdnav_part_search(m_nav, part) != DVDNAV_STATUS_OK) {
                fail("dvdnav_part_search %d: %s", part, dvdnav_err_to_string(m_nav));
                continue;
            }
            landedInChapter(title, part);
            if (m_errors == errors)
                std::printf("dvdnavcheck: title %d chapter %d ok\n", title, part);
        }
    }

    void timeSearch(int title)
    {
        uint64_t *times = nullptr;
        uint64_t duration = 0;
        const uint32_t count = dvdnav_describe_title_chapters(m_nav, title, &times, &duration);
        std::free(times);
        for (int percent : {25, 50, 75}) {
            begin(title, "time");
            const int errors = m_errors;
            if (count == 0 || duration == 0)
                return fail("dvdnav_describe_title_chapters gives no length");
            const uint64_t target = duration * uint64_t(percent) / 100;
            if (dvdnav_title_play(m_nav, title) != DVDNAV_STATUS_OK || !run(Until::FirstNav))
                return fail("dvdnav_title_play: %s", dvdnav_err_to_string(m_nav));
            // The cell that holds `target` and the VOBU libdvdnav should resume at, from the
            // cell playback times and the VOBU address map.
            pgc_t *pgc = m_pgc;
            int cell = 0;
            uint64_t left = target;
            uint32_t sector = 0;
            for (int c = 0; c < pgc->nr_of_cells; ++c) {
                const cell_playback_t &p = pgc->cell_playback[c];
                const uint64_t length = ticks(p.playback_time);
                if (left >= length) {
                    left -= length;
                    continue;
                }
                cell = c + 1;
                sector =
                    p.first_sector + uint32_t(left * (p.last_sector - p.first_sector + 1) / length);
                break;
            }
            if (cell == 0) {
                fail("%d%% of %llu ticks lies after the last cell", percent,
                     (unsigned long long)duration);
                continue;
            }
            m_expectSeek = m_tables.vobuAt(title, sector);
            if (dvdnav_time_search(m_nav, target) != DVDNAV_STATUS_OK) {
                fail("dvdnav_time_search %d%%: %s", percent, dvdnav_err_to_string(m_nav));
                continue;
            }
            m_seekCell = 0;
            if (!run(Until::SeekNav))
                continue;
            if (m_seekCell != cell)
                fail("%d%%: playback resumed in cell %d, the time lies in cell %d", percent,
                     m_seekCell, cell);
            if (m_errors == errors)
                std::printf("dvdnavcheck: title %d time %d%% cell %d ok\n", title, percent, cell);
        }
    }

private:
    enum class Until
    {
        TitleEnds, // another title, a menu, or the VM stops
        FirstNav,  // the first NAV packet of the title
        SeekNav,   // the first NAV packet after a seek
    };

    void begin(int title, const char *what)
    {
        m_title = title;
        m_check = what;
        m_errors = 0;
        m_pgc = nullptr;
        m_expectNav = -1;
        m_vobuBlocks = -1;
        m_cellEnded = false;
    }

    void fail(const char *format, ...)
    {
        m_failed = true;
        if (++m_errors > ErrorLinesPerCheck)
            return;
        char text[512];
        va_list args;
        va_start(args, format);
        std::vsnprintf(text, sizeof text, format, args);
        va_end(args);
        std::printf("dvdnavcheck: error title %d %s: %s\n", m_title, m_check, text);
    }

    // After a chapter jump: the title and chapter reported, and the first NAV pack.
    void landedInChapter(int title, int part)
    {
        int pgcn = 0, pgn = 0;
        if (!m_tables.chapter(title, part, &pgcn, &pgn))
            return fail("chapter %d is not in the title's chapter table", part);
        pgc_t *pgc = m_tables.pgc(title, pgcn);
        if (!pgc || pgn < 1 || pgn > pgc->nr_of_programs)
            return fail("chapter %d names a program that does not exist", part);
        const int cell = pgc->program_map[pgn - 1];
        m_expectSeek = pgc->cell_playback[cell - 1].first_sector;
        m_seekCell = 0;
        if (!run(Until::SeekNav))
            return;
        int32_t t = 0, p = 0;
        if (dvdnav_current_title_info(m_nav, &t, &p) != DVDNAV_STATUS_OK || t != title || p != part)
            fail("asked for chapter %d, libdvdnav plays title %d chapter %d", part, t, p);
        if (m_seekCell != cell)
            fail("chapter %d starts in cell %d, libdvdnav plays cell %d", part, cell, m_seekCell);
    }

    // Feeds libdvdnav's blocks through the checks until `until`; false when it did not get
    // there (the failure is reported).
    enum class Reset : bool
    {
        No,
        Yes
    };

    bool run(Until until, Reset reset = Reset::Yes)
    {
        uint8_t block[DVD_VIDEO_LB_LEN];
        bool seekPending = until == Until::SeekNav;
        // What came before a jump says nothing about what follows it.
        if (reset == Reset::Yes) {
            m_pgc = nullptr;
            m_expectNav = -1;
            m_vobuBlocks = -1;
        }
        for (long n = 0; n < BlockLimit; ++n) {
            int event = 0, length = 0;
            if (dvdnav_get_next_block(m_nav, block, &event, &length) == DVDNAV_STATUS_ERR) {
                fail("dvdnav_get_next_block: %s", dvdnav_err_to_string(m_nav));
                return false;
            }
            switch (event) {
            case DVDNAV_CELL_CHANGE: {
                const auto *change = reinterpret_cast<dvdnav_cell_change_event_t *>(block);
                int32_t title = 0, pgcn = 0, pgn = 0;
                dvdnav_current_title_program(m_nav, &title, &pgcn, &pgn);
                if (!dvdnav_is_domain_vts(m_nav) || title != m_title) {
                    if (until == Until::TitleEnds)
                        return true;
                    fail("title %d was left before the check was done (now title %d)", m_title,
                         title);
                    return false;
                }
                cellChange(pgcn, change->cellN, seekPending);
                if (seekPending)
                    m_seekCell = change->cellN;
                break;
            }
            case DVDNAV_NAV_PACKET:
                if (m_pgc == nullptr)
                    break; // not in the title yet
                navPacket(block);
                if (seekPending) {
                    seekPending = false;
                    return true;
                }
                if (until == Until::FirstNav)
                    return true;
                break;
            case DVDNAV_BLOCK_OK:
                if (m_pgc == nullptr)
                    break;
                ++m_blocks;
                ++m_vobuBlocks;
                if (isNavPack(block))
                    fail("a block inside the VOBU at sector %lld is a NAV pack", m_vobuStart);
                else if (be32(block) != 0x000001BA)
                    fail("a block inside the VOBU at sector %lld is no MPEG pack", m_vobuStart);
                break;
            case DVDNAV_STILL_FRAME:
                dvdnav_still_skip(m_nav);
                break;
            case DVDNAV_WAIT:
                dvdnav_wait_skip(m_nav);
                break;
            case DVDNAV_STOP:
                if (until == Until::TitleEnds)
                    return true;
                fail("the VM stopped before the check was done");
                return false;
            default:
                break;
            }
        }
        fail("still playing after %ld blocks", BlockLimit);
        return false;
    }

    // The title's streams as a player selects them: each logical stream the PGC makes
    // available, its language and the VOB stream (MPEG id) it plays.
    void streams(int title)
    {
        const auto language = [](uint16_t code) {
            std::string text = "xx";
            if (code != 0xffff && code != 0) {
                text[0] = char(code >> 8);
                text[1] = char(code & 0xff);
            }
            return text;
        };
        for (int n = 0; n < 8; ++n) {
            const int physical = dvdnav_get_audio_logical_stream(m_nav, uint8_t(n));
            audio_attr_t attr{};
            if (physical < 0 || dvdnav_get_audio_attr(m_nav, uint8_t(n), &attr) != DVDNAV_STATUS_OK)
                continue;
            int id = -1;
            switch (attr.audio_format) {
            case 0:
                id = 0x80 + physical;
                break; // AC-3
            case 2:    // MPEG-1, MPEG-2
            case 3:
                id = 0x1c0 + physical;
                break; // MPEG-2 with extension
            case 4:
                id = 0xa0 + physical;
                break; // LPCM
            case 6:
                id = 0x88 + physical;
                break; // DTS
            default:
                break;
            }
            std::printf("dvdnavcheck: title %d audio %d %s 0x%x\n", title, n + 1,
                        language(dvdnav_audio_stream_to_lang(m_nav, uint8_t(n))).c_str(), id);
        }
        for (int n = 0; n < 32; ++n) {
            const int physical = dvdnav_get_spu_logical_stream(m_nav, uint8_t(n));
            if (physical < 0)
                continue;
            std::printf("dvdnavcheck: title %d subtitle %d %s 0x%x\n", title, n + 1,
                        language(dvdnav_spu_stream_to_lang(m_nav, uint8_t(n))).c_str(),
                        0x20 + physical);
        }
        // 16:9 video: every stream number of each subtitle stream as libdvdread reads the
        // title's first PGC, and the display modes the title set permits (libdvdread's
        // permitted_df: bit 1 no pan-scan, bit 0 no letterbox); libdvdnav names the wide one.
        ifo_handle_t *vts = m_tables.vtsOf(title);
        int pgcn = 0;
        int pgn = 0;
        pgc_t *pgc = vts && vts->vtsi_mat && m_tables.chapter(title, 1, &pgcn, &pgn)
                         ? m_tables.pgc(title, pgcn)
                         : nullptr;
        if (!pgc || vts->vtsi_mat->vts_video_attr.display_aspect_ratio != 3)
            return;
        for (int n = 0; n < 32; ++n) {
            const uint32_t control = pgc->subp_control[n];
            if (!(control & 0x80000000u))
                continue;
            std::printf("dvdnavcheck: title %d subtitle %d wide 0x%x letterbox 0x%x pan-scan 0x%x "
                        "permitted %d\n",
                        title, n + 1, 0x20 + int((control >> 16) & 0x1f),
                        0x20 + int((control >> 8) & 0x1f), 0x20 + int(control & 0x1f),
                        int(vts->vtsi_mat->vts_video_attr.permitted_df));
        }
    }

    void cellChange(int pgcn, int cellN, bool seek)
    {
        endVobu();
        pgc_t *pgc = m_tables.pgc(m_title, pgcn);
        if (!pgc || cellN < 1 || cellN > pgc->nr_of_cells) {
            fail("libdvdnav plays cell %d of PGC %d, which the IFO does not have", cellN, pgcn);
            m_pgc = nullptr;
            return;
        }
        if (m_pgc == pgc && m_cellIndex >= 0 && !m_cellEnded)
            fail("cell %d was left before its last sector", m_cellIndex + 1);
        m_pgc = pgc;
        m_cellIndex = cellN - 1;
        m_cellEnded = false;
        ++m_cells;
        m_cellsSeen[cellN] = true;
        // libdvdnav reads the cell's first VOBU at the cell's first sector, or at the VOBU a
        // seek chose.
        m_expectNav = seek ? int64_t(m_expectSeek) : int64_t(cell().first_sector);
    }

    const cell_playback_t &cell() const { return m_pgc->cell_playback[m_cellIndex]; }

    // The VOBU that was playing is over: it had to hold as many blocks as its end address says.
    void endVobu()
    {
        if (m_vobuBlocks >= 0 && m_vobuBlocks != m_vobuEnd)
            fail("the VOBU at sector %lld ends %lld blocks after its NAV pack, libdvdnav gave %lld",
                 m_vobuStart, m_vobuEnd, m_vobuBlocks);
        m_vobuBlocks = -1;
    }

    void navPacket(const uint8_t *block)
    {
        endVobu();
        ++m_blocks;
        pci_t *pci = dvdnav_get_current_nav_pci(m_nav);
        dsi_t *dsi = dvdnav_get_current_nav_dsi(m_nav);
        if (!pci || !dsi)
            return fail("no PCI or DSI for a NAV packet");
        const int64_t lbn = dsi->dsi_gi.nv_pck_lbn;
        if (pci->hli.hl_gi.hli_ss != 0) {
            for (const btni_t &button : pci->hli.btnit) {
                std::array<uint8_t, 8> c{};
                std::copy(std::begin(button.cmd.bytes), std::end(button.cmd.bytes), c.begin());
                if (c != std::array<uint8_t, 8>{})
                    m_buttonCommands.insert(c);
            }
        }
        if (pci->pci_gi.nv_pck_lbn != dsi->dsi_gi.nv_pck_lbn)
            fail("a NAV pack's PCI says sector %u, its DSI %u", pci->pci_gi.nv_pck_lbn,
                 dsi->dsi_gi.nv_pck_lbn);
        if (!isNavPack(block))
            fail("the NAV packet at sector %lld is not a NAV pack", lbn);
        if (m_expectNav >= 0 && lbn != m_expectNav)
            fail("libdvdnav read the NAV pack at sector %lld, which says it is at %lld",
                 (long long)m_expectNav, (long long)lbn);
        const cell_playback_t &c = cell();
        const int64_t end = lbn + dsi->dsi_gi.vobu_ea;
        if (lbn < c.first_sector || end > c.last_sector)
            fail("the VOBU %lld..%lld is not inside cell %d (%u..%u)", (long long)lbn,
                 (long long)end, m_cellIndex + 1, c.first_sector, c.last_sector);
        const uint32_t next = dsi->vobu_sri.next_vobu & SRI_END_OF_CELL;
        if (next == SRI_END_OF_CELL) {
            if (end != c.last_sector)
                fail("the cell's last VOBU ends at sector %lld, the cell at %u", (long long)end,
                     c.last_sector);
            m_cellEnded = true;
            m_expectNav = -1;
        } else {
            if (next != dsi->dsi_gi.vobu_ea + 1)
                fail("the VOBU at sector %lld ends at %lld, the next starts at %lld",
                     (long long)lbn, (long long)end, (long long)(lbn + next));
            m_expectNav = lbn + next;
        }
        m_vobuStart = lbn;
        m_vobuEnd = dsi->dsi_gi.vobu_ea;
        m_vobuBlocks = 0;
    }

    dvdnav_t *m_nav;
    Tables &m_tables;
    bool m_failed = false;
    int m_title = 0;
    const char *m_check = "";
    int m_errors = 0;
    pgc_t *m_pgc = nullptr;
    int m_cellIndex = -1;
    bool m_cellEnded = false;
    int64_t m_expectNav = -1;
    uint32_t m_expectSeek = 0;
    int m_seekCell = 0;
    long long m_vobuStart = 0;
    long long m_vobuEnd = 0;
    long long m_vobuBlocks = -1;
    uint64_t m_blocks = 0;
    int m_cells = 0;
    std::map<int, bool> m_cellsSeen;
    std::set<std::array<uint8_t, 8>> m_buttonCommands; // of the title played (playTitle)
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: dvdnavcheck IMAGE_OR_FOLDER\n");
        return 2;
    }
    // Line-buffered: the report so far survives a libdvdnav assertion (an abort).
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    Tables tables;
    if (!tables.open(argv[1])) {
        std::printf("dvdnavcheck: error cannot read the IFOs of %s\n", argv[1]);
        return 2;
    }
    dvdnav_t *nav = nullptr;
    if (dvdnav_open(&nav, argv[1]) != DVDNAV_STATUS_OK) {
        std::printf("dvdnavcheck: error cannot open %s\n", argv[1]);
        return 2;
    }
    dvdnav_set_readahead_flag(nav, 0);
    dvdnav_set_PGC_positioning_flag(nav, 1);
    int32_t titles = 0;
    dvdnav_get_number_of_titles(nav, &titles);
    if (titles != tables.titles())
        std::printf("dvdnavcheck: note libdvdnav counts %d titles, the IFO %d\n", titles,
                    tables.titles());
    Checker checker(nav, tables);
    for (int title = 1; title <= titles; ++title) {
        checker.playTitle(title);
        checker.chapters(title);
        checker.timeSearch(title);
    }
    std::fflush(stdout);
    dvdnav_close(nav);
    return checker.failed() ? 1 : 0;
}
