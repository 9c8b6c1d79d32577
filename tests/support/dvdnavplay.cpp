// dvdnavplay: plays a DVD-Video image through libdvdnav the way a player does, as fast as the
// blocks come, and reports what happened, for tests that check a trimmed disc with a reader
// we did not write.
//
//   dvdnavplay [--audio] IMAGE
//
// Starts at first play. Whenever the VMG or a title set menu holds on a still frame with
// buttons, activates the next button not yet tried (dvdnav_button_select_and_activate), so
// every button of the first menu reached is pressed once; other stills and waits are
// skipped. Prints one line per event that matters, each starting with "dvdnavplay: " (libdvdnav
// writes its own messages to stdout too):
//   menu BUTTONS          a menu with that many buttons was reached (first time)
//   button B title T      after pressing button B, title T started
//   title T end|cut       title T was left after (end) or before (cut) its last block
//   title T audio N       with --audio: title T started playing audio stream N (the stream
//                         number in the VOBs, as dvdnav_get_active_audio_stream gives it)
//   error TEXT            dvdnav_get_next_block failed (a VM error): exit status 2
//   stop                  the VM stopped (Exit, or the end of a disc without menus)
//   done                  every button was tried and the menu came back
// Exit status 0 unless an error happened or the disc played on past a block limit (3).

#include <dvdnav/dvdnav.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <string_view>

namespace {

constexpr long BlockLimit = 2000000; // ~4 GB of blocks: far beyond the test discs

struct Player
{
    dvdnav_t *nav = nullptr;
    int buttons = -1;       // of the first menu reached
    int nextButton = 1;     // the next one to press
    int pendingButton = 0;  // pressed, waiting for a title to start
    int title = 0;          // the title playing, 0 in menus
    bool lastBlock = false; // the title's last block was played
    bool reportAudio = false;

    bool inMenu() const { return dvdnav_is_domain_vmgm(nav) || dvdnav_is_domain_vtsm(nav); }

    void leaveTitle()
    {
        if (title > 0)
            std::printf("dvdnavplay: title %d %s\n", title, lastBlock ? "end" : "cut");
        title = 0;
        lastBlock = false;
    }

    void cellChange()
    {
        int t = 0, part = 0;
        if (dvdnav_current_title_info(nav, &t, &part) != DVDNAV_STATUS_OK ||
            !dvdnav_is_domain_vts(nav))
            t = 0;
        if (t != title) {
            leaveTitle();
            title = t;
            if (t > 0 && pendingButton > 0) {
                std::printf("dvdnavplay: button %d title %d\n", pendingButton, t);
                pendingButton = 0;
            }
            if (t > 0 && reportAudio)
                std::printf("dvdnavplay: title %d audio %d\n", t,
                            dvdnav_get_active_audio_stream(nav));
        }
    }

    // Positions are in blocks within the title's PGC (dvdnav_get_position).
    void blockPlayed()
    {
        uint32_t position = 0, length = 0;
        if (title > 0 && dvdnav_get_position(nav, &position, &length) == DVDNAV_STATUS_OK &&
            length > 0 && position + 1 >= length)
            lastBlock = true;
    }

    // Returns false when every button has been tried.
    bool still()
    {
        pci_t *pci = dvdnav_get_current_nav_pci(nav);
        if (!inMenu() || !pci || (pci->hli.hl_gi.hli_ss & 0x03) == 0 ||
            pci->hli.hl_gi.btn_ns == 0) {
            dvdnav_still_skip(nav);
            return true;
        }
        leaveTitle();
        if (buttons < 0) {
            buttons = pci->hli.hl_gi.btn_ns;
            std::printf("dvdnavplay: menu %d\n", buttons);
        }
        if (nextButton > buttons)
            return false;
        pendingButton = nextButton++;
        if (dvdnav_button_select_and_activate(nav, pci, pendingButton) != DVDNAV_STATUS_OK)
            std::printf("dvdnavplay: error button %d: %s\n", pendingButton,
                        dvdnav_err_to_string(nav));
        return true;
    }
};

} // namespace

int main(int argc, char **argv)
{
    Player p;
    p.reportAudio = argc == 3 && std::string_view(argv[1]) == "--audio";
    if (argc != 2 && !p.reportAudio) {
        std::fprintf(stderr, "usage: dvdnavplay [--audio] IMAGE\n");
        return 1;
    }
    const char *image = argv[argc - 1];
    // Line-buffered: the report so far survives a libdvdnav assertion (an abort).
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (dvdnav_open(&p.nav, image) != DVDNAV_STATUS_OK) {
        std::printf("dvdnavplay: error cannot open %s\n", image);
        return 2;
    }
    dvdnav_set_readahead_flag(p.nav, 0);
    dvdnav_set_PGC_positioning_flag(p.nav, 1);
    uint8_t block[DVD_VIDEO_LB_LEN];
    int status = 3;
    for (long n = 0; n < BlockLimit && status == 3; ++n) {
        int event = 0, length = 0;
        if (dvdnav_get_next_block(p.nav, block, &event, &length) == DVDNAV_STATUS_ERR) {
            std::printf("dvdnavplay: error %s\n", dvdnav_err_to_string(p.nav));
            status = 2;
            break;
        }
        switch (event) {
        case DVDNAV_CELL_CHANGE:
            p.cellChange();
            break;
        case DVDNAV_BLOCK_OK:
            p.blockPlayed();
            break;
        case DVDNAV_STILL_FRAME:
            if (!p.still()) {
                std::printf("dvdnavplay: done\n");
                status = 0;
            }
            break;
        case DVDNAV_WAIT:
            dvdnav_wait_skip(p.nav);
            break;
        case DVDNAV_STOP:
            p.leaveTitle();
            std::printf("dvdnavplay: stop\n");
            status = 0;
            break;
        default:
            break;
        }
    }
    std::fflush(stdout);
    dvdnav_close(p.nav);
    return status;
}
