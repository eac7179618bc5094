// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core, the built
// site served on 127.0.0.1 by an in-process static server, and the test build's hooks
// (Module._air_test_state / _air_test_items) to find widgets by label and read the model.
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '../..');
// AIR_WEB_BUILD points at another web build folder (helpers building in their own folder).
const webBuild = resolve(process.env.AIR_WEB_BUILD || join(repo, 'build/web'));
export const testSite = join(webBuild, 'test/site');
export const testSingle = join(webBuild, 'test/single/ai-register.html');
export const prodSite = join(webBuild, 'site');
export const prodSingle = join(webBuild, 'single/ai-register.html');
export const artifacts = join(repo, 'build/artifacts/e2e');
mkdirSync(artifacts, { recursive: true });

export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-features=Translate,MediaRouter,OptimizationHints',
];

// Serves `root` on 127.0.0.1 (random port); records every request path.
export async function serve(root) {
  const requests = [];
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    requests.push(path);
    let file = normalize(join(root, path === '/' ? '/index.html' : path));
    if (!file.startsWith(root) || !existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': types[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, requests, close: () => new Promise((r) => server.close(r)) };
}

// A persistent browser profile (IndexedDB survives closing and relaunching with the same dir).
export function newProfileDir() { return mkdtempSync(join(tmpdir(), 'air-e2e-')); }

export async function launch(profileDir, opts = {}) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath, args: chromiumArgs, headless: true,
    viewport: opts.viewport || { width: 1280, height: 800 }, deviceScaleFactor: opts.dpr || 1,
    locale: opts.locale || 'nl-NL', hasTouch: !!opts.touch,
  });
}

// Collects console errors and page errors of a page.
export function watchConsole(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

// Loads the example register through Settings, as a user would, and waits until it is stored.
export async function loadExample(page) {
  await click(page, 'Instellingen');
  await click(page, 'Voorbeeldregister laden');
  await waitSaved(page);
}

// A finger's tap on the middle of an item's rectangle (as findItem returns it).
export async function tapAt(page, r) {
  await page.touchscreen.tap((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2);
  await frames(page, 4);
}

export async function waitReady(page, timeout = 30000) {
  await page.waitForFunction(() => window.AirPlatform && window.AirPlatform.started, null, { timeout });
  await frames(page, 3);
}

// Lets the page render a few frames (input is processed on the next animation frame).
export async function frames(page, n = 2) {
  for (let i = 0; i < n; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 16))));
}

export async function state(page) {
  return JSON.parse(await page.evaluate(() => UTF8ToString(Module._air_test_state())));
}
// Frames the page has rendered since it started (an idle page adds none).
export async function renderedFrames(page) {
  return page.evaluate(() => Module._air_test_frames());
}
export async function items(page) {
  return JSON.parse(await page.evaluate(() => UTF8ToString(Module._air_test_items())));
}

// The first widget whose visible label contains `text` (after nudging a frame so the list is fresh).
export async function findItem(page, text) {
  await page.mouse.move(2, 2);
  await frames(page, 2);
  const all = await items(page);
  const visible = (l) => { const i = l.indexOf('##'); return i < 0 ? l : l.slice(0, i); };
  // A text starting with '##' names an item by its ImGui id (e.g. an input with a hint).
  if (text.startsWith('##')) return all.find((it) => it.label.endsWith(text)) || null;
  return all.find((it) => visible(it.label).includes(text)) || null;
}

export async function click(page, text) {
  const it = await findItem(page, text);
  if (!it) throw new Error(`no widget labelled "${text}" on screen`);
  await page.mouse.click((it.x0 + it.x1) / 2, (it.y0 + it.y1) / 2);
  await frames(page, 3);
  return it;
}

// The widget whose visible label is exactly `text`, pressed with a frame between move, down
// and up (a field or tab that needs hover first).
export async function clickExact(page, text) {
  await page.mouse.move(2, 2);
  await frames(page, 2);
  const visible = (l) => { const i = l.indexOf('##'); return i < 0 ? l : l.slice(0, i); };
  const it = (await items(page)).find((i) => visible(i.label) === text);
  if (!it) throw new Error(`no widget labelled exactly "${text}" on screen`);
  await page.mouse.move((it.x0 + it.x1) / 2, (it.y0 + it.y1) / 2);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 3);
  return it;
}

// Adds an activity with the register page's quick-add field (does not wait for the save).
export async function quickAdd(page, name) {
  await click(page, '##quickadd');
  await typeText(page, name);
  await page.keyboard.press('Enter');
  await frames(page, 3);
}

export async function typeText(page, text) {
  await page.keyboard.type(text, { delay: 5 });
  await frames(page, 2);
}

export async function waitSaved(page, timeout = 10000) {
  await page.waitForFunction(() => Module._air_test_save_state() === 1, null, { timeout });
}

// One edit of the open activity's name (typed at its end, Enter), then the save: web/store.js's
// record of that save ({ ms, bytes, records }). The benchmarks' unit of a save.
export async function editNameAndSave(page, suffix, timeout = 60000) {
  await clickExact(page, 'Naam');
  await page.keyboard.press('End');
  await typeText(page, suffix);
  await page.keyboard.press('Enter');
  await frames(page, 3);
  await waitSaved(page, timeout);
  return page.evaluate(() => AirStore.state.lastSave);
}

export async function shot(page, name) {
  await frames(page, 3);
  const file = join(artifacts, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// A register file of `n` activities: the example register's, repeated with new ids and
// numbered names, long texts shortened so that 10,000 stay under the 20 MB import limit.
// Ids from a seeded generator: the same file every run, so the database's page layout (and what
// one edit touches) does not depend on chance.
function seededIds(seed) {
  let x = seed >>> 0;
  const next = () => { x = (x + 0x6D2B79F5) >>> 0; let t = x; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0); };
  const hex = (v, n) => v.toString(16).padStart(8, '0').slice(0, n);
  return () => `${hex(next(), 8)}-${hex(next(), 4)}-4${hex(next(), 3)}-8${hex(next(), 3)}-${hex(next(), 8)}${hex(next(), 4)}`;
}

export function bigRegister(n, organisation) {
  const newId = seededIds(20261204);
  const example = JSON.parse(readFileSync(join(repo, 'assets/example_register.json'), 'utf8'));
  const activities = [];
  for (let i = 0; i < n; i++) {
    const a = structuredClone(example.activities[i % example.activities.length]);
    a.id = newId();
    a.name = `${a.name} ${i + 1}`;
    // Every long text shortened (description, retention, security measures, recipients...).
    // Defaults left out (false, empty text), as an older file would.
    for (const [k, v] of Object.entries(a)) {
      if (typeof v === 'string' && k !== 'id') a[k] = v.slice(0, 80);
      if (a[k] === false || a[k] === '') delete a[k];
    }
    for (const [k, v] of Object.entries(a.screening || {})) if (v === false || v === '') delete a.screening[k];
    a.notes = '';
    activities.push(a);
  }
  return JSON.stringify({ ...example, organisation, activities, workshops: [] });
}

// With AIR_BENCH_PROFILE=1: a CPU profile (Chrome DevTools protocol) of what follows, printed
// as the functions with the most self time. Otherwise nothing.
export async function startProfile(ctx, page) {
  if (!process.env.AIR_BENCH_PROFILE) return null;
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return cdp;
}
export async function stopProfile(cdp, what) {
  if (!cdp) return;
  const { profile } = await cdp.send('Profiler.stop');
  // Kept for DevTools (Performance panel: load profile) in test-artifacts/.
  writeFileSync(join(artifacts, `profile-${what.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`), JSON.stringify(profile));
  const self = new Map();
  const dt = profile.timeDeltas || [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples || []).forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anonymous)'} ${(f.url || '').split('/').pop().split('?')[0]}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) || 0) + (dt[i] || 0) / 1000);
  });
  for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`# profile (${what}): ${ms.toFixed(1)} ms ${name.slice(0, 160)}`);
  // With AIR_BENCH_PROFILE=lines also the busiest lines of our scripts (of the shipped files:
  // pack.mjs strips their comment lines).
  if (process.env.AIR_BENCH_PROFILE === 'lines') {
    const lines = new Map();
    for (const n of profile.nodes) {
      const file = (n.callFrame.url || '').split('/').pop().split('?')[0];
      if (!file.endsWith('.js') || file === 'app.js') continue;
      for (const t of n.positionTicks || []) lines.set(`${file}:${t.line}`, (lines.get(`${file}:${t.line}`) || 0) + t.ticks);
    }
    for (const [line, ticks] of [...lines.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`# profile (${what}) line: ${ticks} samples ${line}`);
  }
  await cdp.detach();
}
