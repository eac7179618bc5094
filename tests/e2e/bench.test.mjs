// Browser benchmark at 10,000 activities (prints numbers; asserts only that the work happened,
// never a time): import a register file of 10,000 activities through the real file chooser,
// open the register, scroll and search it, reload the page with it. Frame cost is the time
// spent in the wasm per rendered frame (UI code, Dear ImGui, draw submission; the GPU's share
// is not in it), read from the test build's frame hooks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, state, click, frames, shot, waitSaved,
  renderedFrames, findItem, testSite, bigRegister, loadExample, startProfile, stopProfile, editNameAndSave,
} from './lib.mjs';

const N = 10000;

async function frameCost(page, action, count) {
  const f0 = await renderedFrames(page);
  const ms0 = await page.evaluate(() => Module._air_test_frame_ms());
  const ui0 = await page.evaluate(() => Module._air_test_ui_ms());
  for (let i = 0; i < count; i++) await action(i);
  await frames(page, 2);
  const f = (await renderedFrames(page)) - f0;
  const ms = (await page.evaluate(() => Module._air_test_frame_ms())) - ms0;
  const ui = (await page.evaluate(() => Module._air_test_ui_ms())) - ui0;
  const n = Math.max(f, 1);
  return { frames: f, perFrame: ms / n, text: `${(ms / n).toFixed(2)} ms per frame (${(ui / n).toFixed(2)} ms building the UI) over ${f} frames` };
}

test(`benchmark: ${N} activities (import, scroll, search, reload)`, async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);
    // Baseline: the example register (30 activities).
    await loadExample(page);
    await click(page, 'Register');
    await page.mouse.move(640, 500);
    const base = await frameCost(page, async () => { await page.mouse.wheel(0, 200); await frames(page, 1); }, 20);
    console.log(`# bench: baseline, the example register (30 activities): ${base.text}`);
    await click(page, 'Instellingen');
    await click(page, 'Nieuw register');
    await page.keyboard.type('Benchmark');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => Module._air_test_count() === 0,
      null, { timeout: 10000 });
    const file = Buffer.from(bigRegister(N, 'Benchmark B.V.'));
    console.log(`# bench: register file of ${N} activities: ${(file.length / 1048576).toFixed(1)} MB`);

    await click(page, 'Import / export');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 10000 }),
      click(page, 'Bestand kiezen'),
    ]);
    // Time spent inside the wasm on the picked file (read, parse, validate, preview), apart
    // from the test's own cost of handing an 18 MB buffer to the page.
    await page.evaluate(() => {
      const orig = Module._air_file_picked;
      Module._air_file_picked = (...args) => {
        const t = performance.now();
        try { return orig(...args); } finally { window.airPickMs = performance.now() - t; }
      };
    });
    const profiler = await startProfile(ctx, page);
    let t0 = Date.now();
    await chooser.setFiles({ name: 'bench.json', mimeType: 'application/json', buffer: file });
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_items()))
      .some((it) => it.label.includes('activiteiten importeren')), null, { timeout: 60000 });
    console.log(`# bench: file handed over, parsed, checked and previewed in ${Date.now() - t0} ms ` +
      `(in the wasm: ${(await page.evaluate(() => window.airPickMs)).toFixed(0)} ms)`);
    await stopProfile(profiler, 'import preview');
    const commitProfiler = await startProfile(ctx, page);
    t0 = Date.now();
    await click(page, 'activiteiten importeren');
    await page.waitForFunction((n) => Module._air_test_count() === n,
      N, { timeout: 120000 });
    console.log(`# bench: import committed in ${Date.now() - t0} ms`);
    t0 = Date.now();
    await waitSaved(page, 120000);
    console.log(`# bench: saved to IndexedDB ${Date.now() - t0} ms later`);
    await stopProfile(commitProfiler, 'import commit and save');

    await click(page, 'Register');
    const box = await findItem(page, 'Zoek op naam');
    assert.ok(box, 'the register page with its search field');
    const mid = { x: 640, y: 500 };
    await page.mouse.move(mid.x, mid.y);
    const scroll = await frameCost(page, async () => { await page.mouse.wheel(0, 400); await frames(page, 1); }, 40);
    console.log(`# bench: scrolling the register: ${scroll.text}`);
    assert.ok(scroll.frames > 0);
    await shot(page, 'bench-register-10k');

    const scrollProfiler = await startProfile(ctx, page);
    if (scrollProfiler) await frameCost(page, async () => { await page.mouse.wheel(0, 400); await frames(page, 1); }, 40);
    await stopProfile(scrollProfiler, 'scrolling');
    await click(page, 'Zoek op naam');
    const typed = await frameCost(page, async (i) => { await page.keyboard.type('kassa'[i]); await frames(page, 1); }, 5);
    console.log(`# bench: searching (typing "kassa"): ${typed.text}`);
    await page.keyboard.press('Escape');
    await frames(page, 2);

    // Saves of one-field edits at 10,000 (web/store.js's own record: wall ms, bytes); with
    // AIR_BENCH_PROFILE the main thread's share of them.
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, -1e7);
    await frames(page, 3);
    await click(page, (await state(page)).activities[0].name);
    const saveProfiler = await startProfile(ctx, page);
    const saves = [];
    const tSaves = Date.now();
    for (let i = 0; i < 8; i++) saves.push(await editNameAndSave(page, String(i)));
    console.log(`# bench: saves of one-field edits: ${saves.map((x) => `${x.ms.toFixed(0)} ms/${x.bytes} B`).join(', ')} ` +
      `(${Date.now() - tSaves} ms for all ${saves.length} edits)`);
    await stopProfile(saveProfiler, 'edits and saves');
    assert.ok(saves.every((x) => x.bytes > 0), 'every edit was saved');

    const reloadProfiler = await startProfile(ctx, page);
    t0 = Date.now();
    await page.reload();
    await waitReady(page, 120000);
    const readyMs = Date.now() - t0;
    await stopProfile(reloadProfiler, 'reload');
    const s = await state(page);
    console.log(`# bench: reload with ${s.activities.length} activities: ready after ${readyMs} ms`);
    assert.equal(s.activities.length, N, 'all activities are back after the reload');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});
