// An LZMA decoder for the wasm that travels inside the page (issue #13, docs/PERFORMANCE.md).
// LZMA takes a fifth less than gzip off the wasm; browsers only inflate gzip natively, so the
// page decodes LZMA itself. Written by this team from the format's description (range coder,
// literal/match/rep coding); the whole output is the dictionary, so no window is kept.
//
// AirLzma(bytes) reads web/pack.mjs's container: the 13-byte ".lzma" header (properties byte,
// dictionary size, 64-bit uncompressed size — pack.mjs writes the real size there) and the
// range-coded data. It returns { size, out, pos, step(limit) }: step() decodes until `pos`
// reaches `limit` (or a little past it: a match is copied whole) and returns the new `pos`, so
// that the loader can hand the output to the compiler in slices. Corrupt input throws.
'use strict';

function AirLzma(input) {
  if (!input || !(input.length >= 18)) throw new Error('lzma: input too short');
  let d = input[0];
  if (d >= 9 * 5 * 5) throw new Error('lzma: bad properties');
  const lc = d % 9; d = (d / 9) | 0;
  const lp = d % 5; const pb = (d / 5) | 0;
  const sizeLow = (input[5] | (input[6] << 8) | (input[7] << 16) | (input[8] << 24)) >>> 0;
  const sizeHigh = (input[9] | (input[10] << 8) | (input[11] << 16) | (input[12] << 24)) >>> 0;
  if (sizeHigh > 0x1f) throw new Error('lzma: size unknown or too large');
  const size = sizeHigh * 4294967296 + sizeLow;
  const out = new Uint8Array(size);

  // ---- range decoder ----
  // range and code (unsigned, below 2^32) live in a typed array: as closure variables above
  // 2^30 every write would allocate a heap number (V8), which made decoding twice as slow.
  const rc = new Uint32Array(2);  // [range, code]
  let inPos = 13;
  if (input[inPos++] !== 0) throw new Error('lzma: bad stream start');
  rc[0] = 0xffffffff;
  for (let i = 0; i < 4; i++) rc[1] = rc[1] * 256 + input[inPos++];
  if (rc[1] === rc[0]) throw new Error('lzma: bad stream start');
  const next = () => {
    if (inPos >= input.length) throw new Error('lzma: input ends early');
    return input[inPos++];
  };
  // One bit with an adaptive probability (11 bits).
  const bit = (p, i) => {
    const prob = p[i];
    let range = rc[0], code = rc[1];
    const bound = (range >>> 11) * prob;
    let b;
    if (code < bound) { range = bound; p[i] = prob + ((2048 - prob) >>> 5); b = 0; }
    else { range -= bound; code -= bound; p[i] = prob - (prob >>> 5); b = 1; }
    if (range < 16777216) { range *= 256; code = code * 256 + next(); }
    rc[0] = range; rc[1] = code;
    return b;
  };
  const direct = (n) => {
    let r = 0;
    let range = rc[0], code = rc[1];
    while (n-- > 0) {
      range = range >>> 1;
      let b = 0;
      if (code >= range) { code -= range; b = 1; }
      r = (r * 2 + b) >>> 0;
      if (range < 16777216) { range *= 256; code = code * 256 + next(); }
    }
    rc[0] = range; rc[1] = code;
    return r;
  };
  const tree = (p, base, n) => {
    let m = 1;
    for (let i = 0; i < n; i++) m = (m << 1) + bit(p, base + m);
    return m - (1 << n);
  };
  const reverse = (p, base, n) => {
    let m = 1, r = 0;
    for (let i = 0; i < n; i++) { const b = bit(p, base + m); m = (m << 1) + b; r |= b << i; }
    return r;
  };
  const probs = (n) => new Uint16Array(n).fill(1024);

  // ---- models ----
  const isMatch = probs(12 << 4), isRep = probs(12), isRepG0 = probs(12), isRepG1 = probs(12);
  const isRepG2 = probs(12), isRep0Long = probs(12 << 4);
  const literal = probs(0x300 << (lc + lp));
  const posSlot = probs(4 << 6), posSpecial = probs(115), align = probs(16);
  const lenModel = () => ({ choice: probs(2), low: probs(16 << 3), mid: probs(16 << 3), high: probs(256) });
  const lenMatch = lenModel(), lenRep = lenModel();
  const length = (m, posState) => {
    if (bit(m.choice, 0) === 0) return tree(m.low, posState << 3, 3);
    if (bit(m.choice, 1) === 0) return 8 + tree(m.mid, posState << 3, 3);
    return 16 + tree(m.high, 0, 8);
  };
  const distance = (len) => {
    const slot = tree(posSlot, (len < 3 ? len : 3) << 6, 6);
    if (slot < 4) return slot;
    const nd = (slot >>> 1) - 1;
    let dist = ((2 | (slot & 1)) * (1 << nd)) >>> 0;
    if (slot < 14) return (dist + reverse(posSpecial, dist - slot, nd)) >>> 0;
    dist = (dist + direct(nd - 4) * 16) >>> 0;
    return (dist + reverse(align, 0, 4)) >>> 0;
  };

  const pbMask = (1 << pb) - 1, lpMask = (1 << lp) - 1;
  const reps = [0, 0, 0, 0, 0];  // state, rep0..rep3 between steps
  const self = { size, out, pos: 0, step };

  function step(limit) {
    if (limit > size) limit = size;
    let pos = self.pos, state = reps[0], rep0 = reps[1], rep1 = reps[2], rep2 = reps[3], rep3 = reps[4];
    while (pos < limit) {
      const posState = pos & pbMask;
      if (bit(isMatch, (state << 4) + posState) === 0) {
        const prev = pos > 0 ? out[pos - 1] : 0;
        const base = 0x300 * (((pos & lpMask) << lc) + (prev >>> (8 - lc)));
        let s = 1;
        if (state >= 7) {
          if (rep0 >= pos) throw new Error('lzma: distance before start');
          let match = out[pos - rep0 - 1];
          do {
            const mb = (match >>> 7) & 1;
            match <<= 1;
            const b = bit(literal, base + ((1 + mb) << 8) + s);
            s = (s << 1) | b;
            if (mb !== b) break;
          } while (s < 0x100);
        }
        if (s < 0x100) {
          // The plain literal tree, the most frequent path, with the range coder inlined.
          let range = rc[0], code = rc[1];
          do {
            const i = base + s, prob = literal[i];
            const bound = (range >>> 11) * prob;
            if (code < bound) { range = bound; literal[i] = prob + ((2048 - prob) >>> 5); s <<= 1; }
            else { range -= bound; code -= bound; literal[i] = prob - (prob >>> 5); s = (s << 1) | 1; }
            if (range < 16777216) { range *= 256; code = code * 256 + next(); }
          } while (s < 0x100);
          rc[0] = range; rc[1] = code;
        }
        out[pos++] = s & 0xff;
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len;
      if (bit(isRep, state) === 0) {
        rep3 = rep2; rep2 = rep1; rep1 = rep0;
        len = length(lenMatch, posState);
        state = state < 7 ? 7 : 10;
        rep0 = distance(len);
        if (rep0 === 0xffffffff) throw new Error('lzma: end marker before the end');
      } else {
        if (bit(isRepG0, state) === 0) {
          if (bit(isRep0Long, (state << 4) + posState) === 0) {
            if (rep0 >= pos) throw new Error('lzma: distance before start');
            state = state < 7 ? 9 : 11;
            out[pos] = out[pos - rep0 - 1]; pos++;
            continue;
          }
        } else {
          let dist;
          if (bit(isRepG1, state) === 0) dist = rep1;
          else {
            if (bit(isRepG2, state) === 0) dist = rep2;
            else { dist = rep3; rep3 = rep2; }
            rep2 = rep1;
          }
          rep1 = rep0; rep0 = dist;
        }
        len = length(lenRep, posState);
        state = state < 7 ? 8 : 11;
      }
      len += 2;
      if (rep0 >= pos) throw new Error('lzma: distance before start');
      if (pos + len > size) throw new Error('lzma: output longer than its size');
      let from = pos - rep0 - 1;
      if (len > 24 && rep0 + 1 >= len) { out.copyWithin(pos, from, from + len); pos += len; }
      else while (len-- > 0) out[pos++] = out[from++];
    }
    self.pos = pos;
    reps[0] = state; reps[1] = rep0; reps[2] = rep1; reps[3] = rep2; reps[4] = rep3;
    return pos;
  }
  return self;
}
