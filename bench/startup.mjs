// Where the shipped page's startup goes (./bench.sh prints it): milestones from navigation
// start, median of --loads cold loads with a fresh profile each. Usage: node bench/startup.mjs [--build build/web] [--loads 5]
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (k, d) => { const i = process.argv.indexOf(`--${k}`); return i > 0 ? process.argv[i + 1] : d; };
const build = resolve(arg('build', join(here, '../build/web')));
const loads = Number(arg('loads', '5'));
process.env.AIR_WEB_BUILD = build;
const { serve, launch, newProfileDir } = await import('../tests/e2e/lib.mjs');

// Milestones recorded by wrapping what the page calls, installed before its scripts run.
const HOOK = `(() => {
  const m = window.__airMarks = {};
  const mark = (k) => { if (!(k in m)) m[k] = performance.now(); };
  document.addEventListener('DOMContentLoaded', () => mark('scripts parsed (DOMContentLoaded)'));
  const wrap = (obj, name, before, after) => { const f = obj[name]; if (!f) return; obj[name] = function (...a) { before && mark(before); const r = f.apply(this, a); if (after && r && r.then) r.then(() => mark(after)); return r; }; };
  wrap(WebAssembly, 'instantiateStreaming', 'wasm: decode + compile start', 'wasm: compiled and instantiated');
  wrap(WebAssembly, 'instantiate', 'wasm: decode + compile start', 'wasm: compiled and instantiated');
  let p;
  Object.defineProperty(window, 'AirPlatform', { configurable: true, get: () => p, set: (v) => {
    p = v;
    wrap(v, 'openStorage', 'storage: open start', 'storage: opened');
    wrap(v, 'ready', 'main(): fonts, database, UI set up');
  } });
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { const r = cb(t); if (cb.name === 'tick') mark('first frame drawn'); return r; });
})();`;

const runs = [];
for (let i = 0; i < loads; i++) {
  const srv = await serve(join(build, 'site'));
  const ctx = await launch(newProfileDir());
  try {
    await ctx.addInitScript(HOOK);
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await page.waitForFunction(() => window.__airMarks && window.__airMarks['first frame drawn'], null, { timeout: 60000 });
    runs.push(await page.evaluate(() => window.__airMarks));
  } finally { await ctx.close(); await srv.close(); }
}
const keys = Object.keys(runs[0]).sort((a, b) => runs[0][a] - runs[0][b]);
for (const k of keys) {
  const v = runs.map((r) => r[k]).sort((a, b) => a - b);
  console.log(`startup: ${v[Math.floor((v.length - 1) / 2)].toFixed(0).padStart(6)} ms  ${k}`);
}
