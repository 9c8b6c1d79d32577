#include "ecc/rs03blockencoder.h"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Spindle {

namespace {

constexpr int kSectorBytes = 2048;

// `bytes` is a multiple of 16.
inline void xorBytes(uint8_t *dst, const uint8_t *src, int bytes)
{
#if defined(__SSE2__) // every x86-64 processor
    for (int i = 0; i < bytes; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(dst + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + i), _mm_xor_si128(a, b));
    }
#else
    for (int i = 0; i < bytes; i += 8) {
        uint64_t a;
        uint64_t b;
        std::memcpy(&a, dst + i, 8);
        std::memcpy(&b, src + i, 8);
        a ^= b;
        std::memcpy(dst + i, &a, 8);
    }
#endif
}

} // namespace

Rs03BlockEncoder::Rs03BlockEncoder(int ndata, int nroots)
    : m_ndata(ndata), m_nroots(nroots), m_stride((nroots + 15) & ~15),
      m_rowBytes(2 * nroots + ((nroots + 15) & ~15))
{
    const Gf256 &gf = Gf256::instance();
    const RsCode code(nroots);
    m_rows.assign(size_t(256) * size_t(m_rowBytes), 0);
    for (int f = 1; f < 256; ++f) {
        uint8_t *row = m_rows.data() + size_t(f) * size_t(m_rowBytes);
        for (int i = 0; i < nroots; ++i) {
            const uint8_t v = gf.mul(uint8_t(f), code.generator[size_t(nroots - 1 - i)]);
            row[i] = v;
            row[nroots + i] = v;
        }
    }
}

std::vector<uint8_t> Rs03BlockEncoder::makeScratch() const
{
    return std::vector<uint8_t>(size_t(kSectorBytes) * size_t(m_stride));
}

void Rs03BlockEncoder::encode(const uint8_t *const *layers, uint8_t *const *parity,
                              std::vector<uint8_t> &scratch) const
{
    const int n = m_nroots;
    uint8_t *regs = scratch.data();
    std::memset(regs, 0, scratch.size());
    // Register slot (head + j) mod n holds parity coefficient j; each symbol moves the head
    // on by one. With head h, the product row read from offset n-h-1 lines up with the slots.
    int head = 0;
    for (int l = 0; l < m_ndata; ++l) {
        const uint8_t *in = layers[l];
        const int offset = n - head - 1;
        uint8_t *reg = regs;
        for (int b = 0; b < kSectorBytes; ++b, reg += m_stride) {
            const uint8_t feedback = in[b] ^ reg[head];
            if (feedback) {
                const uint8_t *row = m_rows.data() + size_t(feedback) * size_t(m_rowBytes);
                xorBytes(reg, row + offset, m_stride);
                reg[head] = row[n - 1];
            } else {
                reg[head] = 0;
            }
        }
        if (++head == n)
            head = 0;
    }
    for (int k = 0; k < n; ++k) {
        int slot = head + k;
        if (slot >= n)
            slot -= n;
        uint8_t *out = parity[k];
        const uint8_t *reg = regs + slot;
        for (int b = 0; b < kSectorBytes; ++b, reg += m_stride)
            out[b] = *reg;
    }
}

} // namespace Spindle
