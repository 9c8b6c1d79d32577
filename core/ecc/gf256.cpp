#include "ecc/gf256.h"

namespace Spindle {

const Gf256 &Gf256::instance()
{
    static const Gf256 tables;
    return tables;
}

Gf256::Gf256()
{
    int b = 1;
    for (int power = 0; power < 255; ++power) {
        m_exp[static_cast<std::size_t>(power)] = static_cast<uint8_t>(b);
        m_log[static_cast<std::size_t>(b)] = power;
        b <<= 1;
        if (b & 0x100)
            b ^= fieldPolynomial;
    }
    for (int power = 255; power < 512; ++power)
        m_exp[static_cast<std::size_t>(power)] = m_exp[static_cast<std::size_t>(power - 255)];
    m_log[0] = -1;
}

RsCode::RsCode(int rootCount)
    : nroots(rootCount), generator(static_cast<std::size_t>(rootCount) + 1, 0)
{
    const Gf256 &gf = Gf256::instance();
    generator[0] = 1;
    // Multiply by (x + root) once per root; in GF(2^8) minus is plus.
    for (int i = 0; i < nroots; ++i) {
        const uint8_t root = gf.exp(rootPower(i));
        generator[static_cast<std::size_t>(i) + 1] = 1;
        for (int k = i; k > 0; --k)
            generator[static_cast<std::size_t>(k)] =
                generator[static_cast<std::size_t>(k) - 1] ^
                gf.mul(generator[static_cast<std::size_t>(k)], root);
        generator[0] = gf.mul(generator[0], root);
    }
}

} // namespace Spindle
