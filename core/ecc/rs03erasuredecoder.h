#pragma once

#include <cstdint>
#include <vector>

namespace Spindle {

// Rebuilds lost sectors of one RS03 ecc block: sector i of each of the 255 layers, byte b of
// every layer forming one codeword (layer 0 the coefficient of x^254). The lost layers
// ("erasures") are the same for all 2048 codewords of a block, so the linear map from the
// syndromes to the lost symbols is worked out once per block and then applied to whole
// sectors, one table row (a constant's 256 products) per coefficient.
class Rs03ErasureDecoder final
{
public:
    static constexpr int sectorBytes = 2048;

    explicit Rs03ErasureDecoder(int nroots);

    // Prepares for the lost `layers` (distinct, 0..254, at most nroots). False when more
    // layers are lost than the code has roots.
    bool setErasures(const std::vector<int> &layers);
    int erasureCount() const { return int(m_erased.size()); }
    // Whether decode() can check its result with a syndrome left over (fewer erasures than
    // roots): a wrong byte in a sector taken as good then shows.
    bool canCheck() const { return m_checkRow; }

    // `layers[l]` points to layer l's sector (lost ones are ignored); `out[k]` receives the
    // rebuilt sector of the k-th erased layer, in the order given to setErasures(). Returns
    // false when the leftover syndrome says the sectors taken as good are not a codeword.
    bool decode(const uint8_t *const *layers, uint8_t *const *out);

    // Errors-and-erasures decoding of one codeword (dvdisaster's Berlekamp-Massey decoder):
    // corrects `codeword` in place when 2 * errors + erasures <= nroots, errors being wrong
    // symbols at places not listed in `erasures`. Slow; for the blocks where a sector taken as
    // good turns out wrong. False when the codeword cannot be corrected.
    static bool decodeCodeword(uint8_t *codeword, const std::vector<int> &erasures, int nroots);

    // The 64 KiB product table: row a holds a*x for every x.
    static const uint8_t *productTable();

private:
    int m_nroots;
    std::vector<int> m_erased;
    std::vector<int> m_known;
    int m_syndromes = 0;
    bool m_checkRow = false;
    // m_coef[i * 255 + j]: the factor of layer j's symbol in syndrome i.
    std::vector<uint8_t> m_coef;
    // m_solve[k * e + i]: the factor of syndrome i in erased symbol k (the inverse matrix).
    std::vector<uint8_t> m_solve;
    std::vector<uint8_t> m_syn; // m_syndromes sectors
};

} // namespace Spindle
