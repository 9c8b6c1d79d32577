#include "ecc/rs03erasuredecoder.h"

#include "ecc/gf256.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace Spindle {

namespace {

constexpr int kBytes = Rs03ErasureDecoder::sectorBytes;

// dst ^= c * src over one sector, through the row of c's products.
inline void mulAdd(uint8_t *dst, const uint8_t *src, const uint8_t *row)
{
    for (int b = 0; b < kBytes; b += 4) {
        dst[b] ^= row[src[b]];
        dst[b + 1] ^= row[src[b + 1]];
        dst[b + 2] ^= row[src[b + 2]];
        dst[b + 3] ^= row[src[b + 3]];
    }
}

} // namespace

const uint8_t *Rs03ErasureDecoder::productTable()
{
    static const std::vector<uint8_t> table = [] {
        const Gf256 &gf = Gf256::instance();
        std::vector<uint8_t> t(256 * 256);
        for (int a = 0; a < 256; ++a)
            for (int x = 0; x < 256; ++x)
                t[size_t(a * 256 + x)] = gf.mul(uint8_t(a), uint8_t(x));
        return t;
    }();
    return table.data();
}

Rs03ErasureDecoder::Rs03ErasureDecoder(int nroots) : m_nroots(nroots)
{
    productTable();
    const Gf256 &gf = Gf256::instance();
    // Syndrome i is c(beta_i), beta_i = alpha^rootPower(i): layer j contributes
    // c_j * beta_i^(254 - j).
    m_coef.resize(size_t(nroots) * 255);
    for (int i = 0; i < nroots; ++i)
        for (int j = 0; j < 255; ++j)
            m_coef[size_t(i * 255 + j)] = gf.exp(RsCode::rootPower(i) * (254 - j));
}

bool Rs03ErasureDecoder::setErasures(const std::vector<int> &layers)
{
    const int e = int(layers.size());
    if (e > m_nroots)
        return false;
    m_erased = layers;
    m_known.clear();
    std::array<bool, 255> lost{};
    for (int l : layers)
        lost[size_t(l)] = true;
    for (int l = 0; l < 255; ++l)
        if (!lost[size_t(l)])
            m_known.push_back(l);
    m_checkRow = e < m_nroots;
    m_syndromes = m_checkRow ? e + 1 : e;
    m_syn.assign(size_t(m_syndromes) * kBytes, 0);

    // Setting the erased symbols to v_k, the first e syndromes vanish:
    // sum_k coef(i, p_k) v_k = S_i (S_i taken over the known symbols). Invert that matrix by
    // Gauss-Jordan; it is a Vandermonde matrix in distinct points, so never singular.
    const Gf256 &gf = Gf256::instance();
    std::vector<uint8_t> a(size_t(e) * size_t(2 * e), 0);
    auto at = [&](int r, int c) -> uint8_t & { return a[size_t(r * 2 * e + c)]; };
    for (int i = 0; i < e; ++i) {
        for (int k = 0; k < e; ++k)
            at(i, k) = m_coef[size_t(i * 255 + layers[size_t(k)])];
        at(i, e + i) = 1;
    }
    for (int col = 0; col < e; ++col) {
        int pivot = col;
        while (pivot < e && at(pivot, col) == 0)
            ++pivot;
        if (pivot == e)
            return false; // cannot happen for distinct layers
        if (pivot != col)
            for (int c = 0; c < 2 * e; ++c)
                std::swap(at(pivot, c), at(col, c));
        const uint8_t inv = gf.inv(at(col, col));
        for (int c = 0; c < 2 * e; ++c)
            at(col, c) = gf.mul(at(col, c), inv);
        for (int r = 0; r < e; ++r) {
            const uint8_t f = at(r, col);
            if (r == col || f == 0)
                continue;
            for (int c = 0; c < 2 * e; ++c)
                at(r, c) ^= gf.mul(f, at(col, c));
        }
    }
    m_solve.assign(size_t(e) * size_t(e), 0);
    for (int k = 0; k < e; ++k)
        for (int i = 0; i < e; ++i)
            m_solve[size_t(k * e + i)] = at(k, e + i);
    return true;
}

bool Rs03ErasureDecoder::decode(const uint8_t *const *layers, uint8_t *const *out)
{
    const uint8_t *products = productTable();
    const int e = int(m_erased.size());
    std::memset(m_syn.data(), 0, m_syn.size());
    for (int j : m_known) {
        const uint8_t *in = layers[j];
        for (int i = 0; i < m_syndromes; ++i) {
            const uint8_t c = m_coef[size_t(i * 255 + j)];
            mulAdd(m_syn.data() + size_t(i) * kBytes, in, products + size_t(c) * 256);
        }
    }
    for (int k = 0; k < e; ++k) {
        uint8_t *v = out[k];
        std::memset(v, 0, kBytes);
        for (int i = 0; i < e; ++i) {
            const uint8_t c = m_solve[size_t(k * e + i)];
            if (c)
                mulAdd(v, m_syn.data() + size_t(i) * kBytes, products + size_t(c) * 256);
        }
    }
    if (!m_checkRow)
        return true;
    // The leftover syndrome of the whole codeword, the rebuilt symbols included, must vanish.
    uint8_t *check = m_syn.data() + size_t(e) * kBytes;
    for (int k = 0; k < e; ++k)
        mulAdd(check, out[k],
               products + size_t(m_coef[size_t(e * 255 + m_erased[size_t(k)])]) * 256);
    for (int b = 0; b < kBytes; ++b)
        if (check[b])
            return false;
    return true;
}

} // namespace Spindle

namespace Spindle {

bool Rs03ErasureDecoder::decodeCodeword(uint8_t *data, const std::vector<int> &erasures, int nroots)
{
    // A port of dvdisaster's decoder (rs03-fix.c, after Phil Karn's decode_rs): polynomials
    // in index form where A0 stands for log(0).
    const Gf256 &gf = Gf256::instance();
    constexpr int NN = 255;
    constexpr int A0 = NN;
    constexpr int kPrimthRoot = 116; // 11 * 116 = 1 mod 255
    const int fcr = RsCode::firstRoot;
    const int prim = RsCode::primElement;
    auto modnn = [](int x) { return Gf256::mod255(x); };
    auto alpha = [&](int power) { return int(gf.exp(power)); };
    auto indexOf = [&](int value) { return value == 0 ? A0 : gf.log(uint8_t(value)); };
    const int erasureCount = int(erasures.size());
    if (erasureCount > nroots)
        return false;

    std::vector<int> syn(size_t(nroots), data[0]);
    for (int j = 1; j < NN; ++j)
        for (int i = 0; i < nroots; ++i)
            syn[size_t(i)] = syn[size_t(i)] == 0
                                 ? data[j]
                                 : data[j] ^ alpha(indexOf(syn[size_t(i)]) + (fcr + i) * prim);
    int synError = 0;
    for (int i = 0; i < nroots; ++i) {
        synError |= syn[size_t(i)];
        syn[size_t(i)] = indexOf(syn[size_t(i)]);
    }
    if (!synError)
        return true;

    const size_t n1 = size_t(nroots) + 1;
    std::vector<int> lambda(n1, 0);
    std::vector<int> b(n1, 0);
    std::vector<int> t(n1, 0);
    std::vector<int> omega(n1, 0);
    std::vector<int> reg(n1, 0);
    std::vector<int> root(n1, 0);
    std::vector<int> loc(n1, 0);
    lambda[0] = 1;
    if (erasureCount > 0) {
        lambda[1] = alpha(prim * (NN - 1 - erasures[0]));
        for (int i = 1; i < erasureCount; ++i) {
            const int u = modnn(prim * (NN - 1 - erasures[size_t(i)]));
            for (int j = i + 1; j > 0; --j) {
                const int tmp = indexOf(lambda[size_t(j - 1)]);
                if (tmp != A0)
                    lambda[size_t(j)] ^= alpha(u + tmp);
            }
        }
    }
    for (int i = 0; i <= nroots; ++i)
        b[size_t(i)] = indexOf(lambda[size_t(i)]);

    int r = erasureCount;
    int el = erasureCount;
    while (++r <= nroots) {
        int discr = 0;
        for (int i = 0; i < r; ++i)
            if (lambda[size_t(i)] != 0 && syn[size_t(r - i - 1)] != A0)
                discr ^= alpha(indexOf(lambda[size_t(i)]) + syn[size_t(r - i - 1)]);
        discr = indexOf(discr);
        if (discr == A0) {
            std::memmove(&b[1], &b[0], size_t(nroots) * sizeof(int));
            b[0] = A0;
        } else {
            t[0] = lambda[0];
            for (int i = 0; i < nroots; ++i)
                t[size_t(i) + 1] = b[size_t(i)] != A0
                                       ? lambda[size_t(i) + 1] ^ alpha(discr + b[size_t(i)])
                                       : lambda[size_t(i) + 1];
            if (2 * el <= r + erasureCount - 1) {
                el = r + erasureCount - el;
                for (int i = 0; i <= nroots; ++i)
                    b[size_t(i)] = lambda[size_t(i)] == 0
                                       ? A0
                                       : modnn(indexOf(lambda[size_t(i)]) - discr + NN);
            } else {
                std::memmove(&b[1], &b[0], size_t(nroots) * sizeof(int));
                b[0] = A0;
            }
            lambda = t;
        }
    }

    int degLambda = 0;
    for (int i = 0; i <= nroots; ++i) {
        lambda[size_t(i)] = indexOf(lambda[size_t(i)]);
        if (lambda[size_t(i)] != A0)
            degLambda = i;
    }
    for (int i = 1; i <= nroots; ++i)
        reg[size_t(i)] = lambda[size_t(i)];
    int count = 0;
    for (int i = 1, k = kPrimthRoot - 1; i <= NN; ++i, k = modnn(k + kPrimthRoot)) {
        int q = 1;
        for (int j = degLambda; j > 0; --j)
            if (reg[size_t(j)] != A0) {
                reg[size_t(j)] = modnn(reg[size_t(j)] + j);
                q ^= alpha(reg[size_t(j)]);
            }
        if (q != 0)
            continue;
        root[size_t(count)] = i;
        loc[size_t(count)] = k;
        if (++count == degLambda)
            break;
    }
    if (degLambda != count || degLambda == 0)
        return false;

    const int degOmega = degLambda - 1;
    for (int i = 0; i <= degOmega; ++i) {
        int tmp = 0;
        for (int j = i; j >= 0; --j)
            if (syn[size_t(i - j)] != A0 && lambda[size_t(j)] != A0)
                tmp ^= alpha(syn[size_t(i - j)] + lambda[size_t(j)]);
        omega[size_t(i)] = indexOf(tmp);
    }
    for (int j = count - 1; j >= 0; --j) {
        int num1 = 0;
        for (int i = degOmega; i >= 0; --i)
            if (omega[size_t(i)] != A0)
                num1 ^= alpha(omega[size_t(i)] + i * root[size_t(j)]);
        const int num2 = alpha(root[size_t(j)] * (fcr - 1) + NN);
        int den = 0;
        for (int i = std::min(degLambda, nroots - 1) & ~1; i >= 0; i -= 2)
            if (lambda[size_t(i) + 1] != A0)
                den ^= alpha(lambda[size_t(i) + 1] + i * root[size_t(j)]);
        if (den == 0)
            return false;
        if (num1 != 0)
            data[loc[size_t(j)]] ^=
                uint8_t(alpha(indexOf(num1) + indexOf(num2) + NN - indexOf(den)));
    }
    // Trust the result only if it is a codeword.
    for (int i = 0; i < nroots; ++i) {
        int s = data[0];
        for (int j = 1; j < NN; ++j)
            s = s == 0 ? data[j] : data[j] ^ alpha(indexOf(s) + (fcr + i) * prim);
        if (s != 0)
            return false;
    }
    return true;
}

} // namespace Spindle
