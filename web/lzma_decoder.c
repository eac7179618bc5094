// The page's LZMA decoder as a tiny standalone WebAssembly module (web/lzma.js instantiates it;
// CMakeLists.txt builds it with emcc, web/pack.mjs embeds it). Written by this team: a port of
// the JavaScript decoder it replaced (range coder, literal/match/rep coding); the whole output
// is the dictionary, so no window is kept. No libc and no malloc: the state lives in statics,
// and the module grows its own memory for the input, the literal model and the output.
//
// Container: web/pack.mjs's ".lzma" file — a properties byte, the dictionary size, the 64-bit
// uncompressed size (pack.mjs writes the real size there), then the range-coded data.
// Use from JS:
//   p = lzma_prepare(inSize)  where JS writes the input (0: out of memory)
//   n = lzma_start()          parses the header, grows memory once; the output size or an error
//   q = lzma_step(limit)      decodes until pos reaches limit (or a little past it: a match is
//                             copied whole); the new pos or an error (negative, sticky)
//   lzma_output()             where the output is; views of memory made after lzma_start()
//                             stay valid (nothing grows after it)
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))

enum {
    ERR_PROPS = -1,     // bad properties or input too short
    ERR_SIZE = -2,      // size unknown or too large
    ERR_START = -3,     // bad stream start
    ERR_INPUT = -4,     // input ends early
    ERR_DIST = -5,      // distance before start
    ERR_LONG = -6,      // output longer than its size
    ERR_MARKER = -7,    // end marker before the end
    ERR_MEMORY = -8,    // memory could not grow
};

// The fixed models, one array of 11-bit probabilities (the literal model is in grown memory:
// its size depends on lc + lp).
enum {
    IS_MATCH = 0,                       // 12 states << 4 pos states
    IS_REP = IS_MATCH + (12 << 4),
    IS_REP_G0 = IS_REP + 12,
    IS_REP_G1 = IS_REP_G0 + 12,
    IS_REP_G2 = IS_REP_G1 + 12,
    IS_REP0_LONG = IS_REP_G2 + 12,      // 12 << 4
    POS_SLOT = IS_REP0_LONG + (12 << 4), // 4 << 6
    POS_SPECIAL = POS_SLOT + (4 << 6),  // 115
    ALIGN = POS_SPECIAL + 115,          // 16
    LEN_MATCH = ALIGN + 16,             // a length model: choice 2, low 16 << 3, mid 16 << 3, high 256
    LEN_REP = LEN_MATCH + 2 + 128 + 128 + 256,
    PROBS = LEN_REP + 2 + 128 + 128 + 256,
};

extern unsigned char __heap_base;

static uint16_t g_probs[PROBS];
static uint16_t *g_lit;
static uint8_t *g_in, *g_out;
static uint32_t g_inSize, g_inPos, g_size, g_pos;
static uint32_t g_range, g_code, g_state, g_rep0, g_rep1, g_rep2, g_rep3;
static uint32_t g_lc, g_lpMask, g_pbMask;
static int32_t g_err;

// Grows memory so that [0, end) is inside it; 0 when it cannot.
static int reserve(uint32_t end) {
    uint32_t have = (uint32_t)__builtin_wasm_memory_size(0);
    uint32_t need = (uint32_t)(((uint64_t)end + 65535) >> 16);
    return need <= have || __builtin_wasm_memory_grow(0, need - have) != (__SIZE_TYPE__)-1;
}

// The input's place (in_size bytes) for JS to fill; 0 when memory cannot grow.
EXPORT("lzma_prepare") uint8_t *lzma_prepare(uint32_t in_size) {
    uint32_t at = ((uint32_t)&__heap_base + 15) & ~15u;
    g_in = 0;
    g_err = ERR_PROPS;  // until lzma_start() succeeds
    if (in_size > 0x7fffffffu - at || !reserve(at + in_size)) return 0;
    g_in = (uint8_t *)at;
    g_inSize = in_size;
    return g_in;
}

// Parses the header, places the literal model and the output after the input (one growth:
// JS views made after this call stay valid) and resets the models. The size or an error.
EXPORT("lzma_start") int32_t lzma_start(void) {
    if (!g_in || g_inSize < 18) return g_err = ERR_PROPS;
    const uint8_t *h = g_in;
    uint32_t d = h[0];
    if (d >= 9 * 5 * 5) return g_err = ERR_PROPS;
    uint32_t lc = d % 9, lp = (d / 9) % 5, pb = d / 45;
    uint32_t size = h[5] | (h[6] << 8) | (h[7] << 16) | ((uint32_t)h[8] << 24);
    if (h[9] | h[10] | h[11] | h[12] || size > 0x40000000u) return g_err = ERR_SIZE;
    if (h[13] != 0) return g_err = ERR_START;
    uint32_t code = ((uint32_t)h[14] << 24) | (h[15] << 16) | (h[16] << 8) | h[17];
    if (code == 0xffffffffu) return g_err = ERR_START;

    uint32_t litCount = 0x300u << (lc + lp);
    uint32_t lit = ((uint32_t)g_in + g_inSize + 15) & ~15u;
    uint32_t out = (lit + litCount * 2 + 15) & ~15u;
    if (!reserve(out + size)) return g_err = ERR_MEMORY;
    g_lit = (uint16_t *)lit;
    g_out = (uint8_t *)out;
    for (uint32_t i = 0; i < litCount; i++) g_lit[i] = 1024;
    for (uint32_t i = 0; i < PROBS; i++) g_probs[i] = 1024;
    g_lc = lc;
    g_lpMask = (1u << lp) - 1;
    g_pbMask = (1u << pb) - 1;
    g_size = size;
    g_pos = 0;
    g_inPos = 18;
    g_range = 0xffffffffu;
    g_code = code;
    g_state = g_rep0 = g_rep1 = g_rep2 = g_rep3 = 0;
    g_err = 0;
    return (int32_t)size;
}

EXPORT("lzma_output") uint8_t *lzma_output(void) { return g_out; }

// One input byte; past the end it records the error (checked once per symbol) and gives 0.
#define NEXT_BYTE (in < inEnd ? *in++ : (err = ERR_INPUT, 0))
#define NORMALIZE \
    if (range < (1u << 24)) { range <<= 8; code = (code << 8) | NEXT_BYTE; }
// One bit with the adaptive probability *P into B.
#define BIT(P, B) do { \
        uint16_t *p_ = (P); uint32_t pr_ = *p_, bound_ = (range >> 11) * pr_; \
        if (code < bound_) { range = bound_; *p_ = (uint16_t)(pr_ + ((2048 - pr_) >> 5)); B = 0; } \
        else { range -= bound_; code -= bound_; *p_ = (uint16_t)(pr_ - (pr_ >> 5)); B = 1; } \
        NORMALIZE \
    } while (0)

// Decodes until pos reaches limit (clamped to the size); the new pos, or an error (sticky).
// range, code and the reps live in locals here, so that they stay in wasm locals.
EXPORT("lzma_step") int32_t lzma_step(uint32_t limit) {
    if (g_err) return g_err;
    if (limit > g_size) limit = g_size;
    uint16_t *const probs = g_probs;
    uint8_t *const out = g_out;
    const uint8_t *in = g_in + g_inPos, *const inEnd = g_in + g_inSize;
    uint32_t range = g_range, code = g_code, pos = g_pos, state = g_state;
    uint32_t rep0 = g_rep0, rep1 = g_rep1, rep2 = g_rep2, rep3 = g_rep3;
    const uint32_t lc = g_lc, lpMask = g_lpMask, pbMask = g_pbMask, size = g_size;
    int32_t err = 0;
    uint32_t b;

    while (pos < limit && !err) {
        uint32_t posState = pos & pbMask;
        BIT(probs + IS_MATCH + (state << 4) + posState, b);
        if (!b) {
            uint32_t prev = pos > 0 ? out[pos - 1] : 0;
            uint16_t *lit = g_lit + 0x300 * (((pos & lpMask) << lc) + (prev >> (8 - lc)));
            uint32_t s = 1;
            if (state >= 7) {
                if (rep0 >= pos) { err = ERR_DIST; break; }
                uint32_t match = out[pos - rep0 - 1];
                do {
                    uint32_t mb = (match >> 7) & 1;
                    match <<= 1;
                    BIT(lit + ((1 + mb) << 8) + s, b);
                    s = (s << 1) | b;
                    if (mb != b) break;
                } while (s < 0x100);
            }
            while (s < 0x100) {  // the plain literal tree, the most frequent path
                BIT(lit + s, b);
                s = (s << 1) | b;
            }
            out[pos++] = (uint8_t)s;
            state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
            continue;
        }
        uint16_t *lenModel;
        int isNewMatch;
        BIT(probs + IS_REP + state, b);
        if (!b) {
            rep3 = rep2; rep2 = rep1; rep1 = rep0;
            lenModel = probs + LEN_MATCH;
            isNewMatch = 1;
        } else {
            BIT(probs + IS_REP_G0 + state, b);
            if (!b) {
                BIT(probs + IS_REP0_LONG + (state << 4) + posState, b);
                if (!b) {  // a short rep: one byte at rep0
                    if (rep0 >= pos) { err = ERR_DIST; break; }
                    state = state < 7 ? 9 : 11;
                    out[pos] = out[pos - rep0 - 1];
                    pos++;
                    continue;
                }
            } else {
                uint32_t dist;
                BIT(probs + IS_REP_G1 + state, b);
                if (!b) dist = rep1;
                else {
                    BIT(probs + IS_REP_G2 + state, b);
                    if (!b) dist = rep2;
                    else { dist = rep3; rep3 = rep2; }
                    rep2 = rep1;
                }
                rep1 = rep0; rep0 = dist;
            }
            lenModel = probs + LEN_REP;
            isNewMatch = 0;
        }

        // The length: low (3 bits), mid (3 bits) or high (8 bits).
        uint16_t *tree;
        uint32_t bits, len;
        BIT(lenModel, b);
        if (!b) { tree = lenModel + 2 + (posState << 3); bits = 3; len = 0; }
        else {
            BIT(lenModel + 1, b);
            if (!b) { tree = lenModel + 2 + 128 + (posState << 3); bits = 3; len = 8; }
            else { tree = lenModel + 2 + 256; bits = 8; len = 16; }
        }
        uint32_t m = 1;
        for (uint32_t i = 0; i < bits; i++) { BIT(tree + m, b); m = (m << 1) | b; }
        len += m - (1u << bits);

        if (isNewMatch) {
            state = state < 7 ? 7 : 10;
            // The distance: a 6-bit slot, then reverse-coded bits (posSpecial or direct + align).
            tree = probs + POS_SLOT + ((len < 3 ? len : 3) << 6);
            m = 1;
            for (uint32_t i = 0; i < 6; i++) { BIT(tree + m, b); m = (m << 1) | b; }
            uint32_t slot = m - 64;
            if (slot < 4) rep0 = slot;
            else {
                uint32_t nd = (slot >> 1) - 1;
                uint32_t dist = (2 | (slot & 1)) << nd;
                if (slot < 14) { tree = probs + POS_SPECIAL + dist - slot; bits = nd; }
                else {
                    uint32_t r = 0;
                    for (uint32_t i = nd - 4; i > 0; i--) {
                        range >>= 1;
                        if (code >= range) { code -= range; r = (r << 1) | 1; } else r <<= 1;
                        NORMALIZE
                    }
                    dist += r << 4;
                    tree = probs + ALIGN; bits = 4;
                }
                m = 1;
                for (uint32_t i = 0; i < bits; i++) { BIT(tree + m, b); m = (m << 1) | b; dist += b << i; }
                rep0 = dist;
                if (rep0 == 0xffffffffu) { err = ERR_MARKER; break; }
            }
        } else {
            state = state < 7 ? 8 : 11;
        }

        len += 2;
        if (rep0 >= pos) { err = ERR_DIST; break; }
        if (len > size - pos) { err = ERR_LONG; break; }
        const uint8_t *from = out + pos - rep0 - 1;
        uint8_t *to = out + pos;
        pos += len;
        do { *to++ = *from++; } while (--len);
    }
    if (err) return g_err = err;
    g_inPos = (uint32_t)(in - g_in);
    g_range = range; g_code = code; g_pos = pos; g_state = state;
    g_rep0 = rep0; g_rep1 = rep1; g_rep2 = rep2; g_rep3 = rep3;
    return (int32_t)pos;
}
