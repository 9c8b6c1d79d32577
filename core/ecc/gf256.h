#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace Spindle {

// GF(2^8) as dvdisaster's Reed-Solomon codes use it: field polynomial x^8+x^7+x^2+x+1 (0x187),
// generator alpha = x. Tables are built once; every member is usable from any thread.
class Gf256 final
{
public:
    static constexpr int fieldPolynomial = 0x187;
    static const Gf256 &instance();

    uint8_t exp(int power) const { return m_exp[static_cast<std::size_t>(mod255(power))]; }
    // log(0) is undefined; callers test for zero first.
    int log(uint8_t value) const { return m_log[value]; }
    uint8_t mul(uint8_t a, uint8_t b) const
    {
        return (a == 0 || b == 0) ? 0 : m_exp[static_cast<std::size_t>(m_log[a] + m_log[b])];
    }
    uint8_t inv(uint8_t a) const { return m_exp[static_cast<std::size_t>(255 - m_log[a])]; }
    uint8_t div(uint8_t a, uint8_t b) const { return mul(a, inv(b)); }

    static int mod255(int x)
    {
        x %= 255;
        return x < 0 ? x + 255 : x;
    }

private:
    Gf256();
    std::array<uint8_t, 512> m_exp{}; // doubled so log sums need no reduction
    std::array<int, 256> m_log{};
};

// The Reed-Solomon code of RS01/RS02/RS03 (CCSDS choices): roots alpha^(11*(112+i)),
// i = 0..nroots-1. A codeword is ndata data bytes then nroots parity bytes, the first byte
// the coefficient of x^254.
struct RsCode
{
    static constexpr int firstRoot = 112;
    static constexpr int primElement = 11;

    explicit RsCode(int nroots);
    // Power of alpha of root i.
    static int rootPower(int i) { return Gf256::mod255((firstRoot + i) * primElement); }

    int nroots;
    // g(x) = prod (x - alpha^rootPower(i)); generator[k] is the coefficient of x^k,
    // generator[nroots] == 1.
    std::vector<uint8_t> generator;
};

} // namespace Spindle
