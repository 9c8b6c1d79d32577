#pragma once

#include "dvd/ifofile.h"

namespace Spindle {

// The video manager of a "main feature only" disc: no VMGM menus, no menu VOB, no text data,
// as `dvdauthor -T` makes one. Keeps the source's VMGI_MAT (provider, region mask, category)
// and its TT_SRPT, VTS_ATRT and PTL_MAIT, which the caller rewrites for the titles that stay.
//
// Its first-play PGC plays the `titles` titles one after the other. A title cannot jump to
// another title itself (JumpTT is a first-play and VMGM command), so each title's end calls
// first play (CallSS FP), whose commands read the title just played (SPRM 4) and jump to the
// next one; GPRM 15 tells the disc's start from such a return.
IfoFile minimalVmg(const IfoFile &source, int titles);

} // namespace Spindle
