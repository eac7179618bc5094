// Size breakdown of a wasm built with --profiling-funcs (function names kept): bytes of code
// per origin (SQLite, Dear ImGui, nlohmann/json, libc++, our code...), the data segments, and
// the largest functions. Usage: node bench/wasm_sizes.mjs build/web/test/app_test.wasm [--top N] [--json]
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) { console.error('usage: wasm_sizes.mjs file.wasm [--top N] [--json]'); process.exit(2); }
const topN = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
const asJson = process.argv.includes('--json');
const b = readFileSync(file);
let p = 8;
const leb = () => { let r = 0, s = 0, x; do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
const str = () => { const n = leb(); const t = b.toString('utf8', p, p + n); p += n; return t; };

let imported = 0;
const bodies = []; const names = new Map(); const sections = {};
while (p < b.length) {
  const id = b[p++]; const size = leb(); const start = p; const end = p + size;
  let name = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id] || `s${id}`;
  if (id === 0) {
    const cname = str();
    name = `custom:${cname}`;
    if (cname === 'name') {
      while (p < end) {
        const sub = b[p++]; const len = leb(); const subEnd = p + len;
        if (sub === 1) { const n = leb(); for (let i = 0; i < n; i++) { const idx = leb(); names.set(idx, str()); } }
        p = subEnd;
      }
    }
  } else if (id === 2) {
    const n = leb();
    for (let i = 0; i < n; i++) { str(); str(); const kind = b[p++]; if (kind === 0) { leb(); imported++; } else if (kind === 1) { p++; const f = b[p++]; leb(); if (f & 1) leb(); } else if (kind === 2) { const f = b[p++]; leb(); if (f & 1) leb(); } else if (kind === 3) { p += 2; } }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) { const sz = leb(); bodies.push({ idx: imported + i, size: sz }); p += sz; }
  }
  sections[name] = (sections[name] || 0) + size;
  p = end;
}

// Origin of a function from its (mangled or C) name.
function origin(n) {
  if (!n) return 'unnamed';
  if (/nlohmann::/.test(n)) return 'nlohmann/json';
  if (/^(\(anonymous namespace\)::)?air::|^air_|^\(anonymous namespace\)::|^main$/.test(n)) return 'our code';
  if (/^ImGui|^Im[A-Z]|^stb|^ImGui_Impl/.test(n)) return 'Dear ImGui (+stb)';
  if (/^std::|^void std::|^operator|^__cxa|^__cxx|^abort_message|^__dynamic_cast/.test(n) || /std::__2::/.test(n)) return 'libc++';
  if (/^sqlite3|^_?sqlite|^vdbe|^btree|^pager|^yy_|^fts5|^json|^wal|^unix|^memdb|^pcache|^whereLoop|^where|^expr|^select/.test(n)) return 'SQLite (named)';
  if (/::/.test(n)) return 'other C++';
  return 'C (SQLite statics, libc)';
}
const groups = {};
for (const f of bodies) { const o = origin(names.get(f.idx)); groups[o] = (groups[o] || 0) + f.size; }
const top = bodies.sort((x, y) => y.size - x.size).slice(0, topN).map((f) => ({ name: names.get(f.idx) || `#${f.idx}`, bytes: f.size }));
const out = { file, total: b.length, sections, code_by_origin: groups, largest_functions: top };
if (asJson) { console.log(JSON.stringify(out, null, 1)); process.exit(0); }
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KiB';
console.log(`${file}: ${kb(b.length)}`);
for (const [k, v] of Object.entries(sections).sort((x, y) => y[1] - x[1])) console.log(`  section ${k.padEnd(28)} ${kb(v)}`);
console.log('  code by origin:');
for (const [k, v] of Object.entries(groups).sort((x, y) => y[1] - x[1])) console.log(`    ${k.padEnd(28)} ${kb(v)}`);
console.log(`  largest ${topN} functions:`);
for (const f of top) console.log(`    ${kb(f.bytes)}  ${f.name.slice(0, 110)}`);
