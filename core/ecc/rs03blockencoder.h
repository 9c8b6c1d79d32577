#pragma once

#include "ecc/gf256.h"

#include <cstdint>
#include <vector>

namespace Spindle {

// Computes the parity sectors of RS03 ecc blocks: byte b of sector i of each of the ndata
// data/CRC layers forms one codeword, whose nroots parity bytes go to byte b of the ecc
// layers' sector i. Table driven: per input byte one table row of nroots products is XORed
// into a circular parity register, so the register never moves (the row is stored twice and
// read at an offset instead). One instance may encode from several threads at once.
class Rs03BlockEncoder final
{
public:
    Rs03BlockEncoder(int ndata, int nroots);

    // Scratch space encode() needs, per thread.
    std::vector<uint8_t> makeScratch() const;
    // `layers[l]` points to the 2048 bytes of layer l (l < ndata); `parity[k]` receives ecc
    // layer k's 2048 bytes.
    void encode(const uint8_t *const *layers, uint8_t *const *parity,
                std::vector<uint8_t> &scratch) const;

private:
    int m_ndata;
    int m_nroots;
    int m_stride;                // register bytes per codeword, a multiple of 16
    int m_rowBytes;              // bytes per table row
    std::vector<uint8_t> m_rows; // 256 rows: row f holds f*g[n-1-i] for i < n, twice
};

} // namespace Spindle
