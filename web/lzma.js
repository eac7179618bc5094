// The LZMA decoder for the wasm that travels inside the page (issue #13, docs/PERFORMANCE.md).
// LZMA takes a fifth less than gzip off the wasm; browsers only inflate gzip natively, so the
// page decodes LZMA itself, in a tiny WebAssembly module of ours (web/lzma_decoder.c, ~4 KB)
// that web/pack.mjs embeds below as base64 in place of the placeholder.
//
// AirLzma(bytes) reads web/pack.mjs's container: the 13-byte ".lzma" header (properties byte,
// dictionary size, 64-bit uncompressed size — pack.mjs writes the real size there) and the
// range-coded data. It returns { size, out, pos, step(limit) }: step() decodes until `pos`
// reaches `limit` (or a little past it: a match is copied whole) and returns the new `pos`, so
// that the loader can hand the output to the compiler in slices. `out` is a view of the
// decoder's memory (which does not grow after the header is read). Corrupt input throws.
'use strict';

const AIR_LZMA_WASM = '%LZMA_WASM%';

function AirLzma(input) {
  const errors = ['', 'bad properties or input too short', 'size unknown or too large', 'bad stream start',
    'input ends early', 'distance before start', 'output longer than its size', 'end marker before the end',
    'out of memory'];
  const fail = (code) => { throw new Error('lzma: ' + (errors[-code] || 'error ' + code)); };
  if (!input || !(input.length >= 18)) fail(-1);
  let bin;
  if (typeof Uint8Array.fromBase64 === 'function') bin = Uint8Array.fromBase64(AIR_LZMA_WASM);
  else {
    const s = atob(AIR_LZMA_WASM);
    bin = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) bin[i] = s.charCodeAt(i);
  }
  // Synchronous compile: the module is a few KB.
  const x = new WebAssembly.Instance(new WebAssembly.Module(bin), {}).exports;
  const at = x.lzma_prepare(input.length);
  if (!at) fail(-8);
  new Uint8Array(x.memory.buffer, at, input.length).set(input);
  const size = x.lzma_start();  // grows the memory once: views are made after it
  if (size < 0) fail(size);
  const self = { size, out: new Uint8Array(x.memory.buffer, x.lzma_output(), size), pos: 0, step };
  function step(limit) {
    const pos = x.lzma_step(Math.min(limit, size));
    if (pos < 0) fail(pos);
    self.pos = pos;
    return pos;
  }
  return self;
}
