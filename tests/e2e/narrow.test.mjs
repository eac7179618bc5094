// Narrow windows (issue #15): the example register at a portrait tablet (768 x 1024) and a small
// laptop (1366 x 768). At 768 the navigation is icons (each page still reachable by its name),
// at 1366 it is whole; the status bar's controls stay inside the window and apart. Screenshots
// of every main view at both sizes go to build/artifacts/e2e/narrow-<width>-<page>.png (look at them);
// the same with touch emulation, every page reached by a tap, with touch sizes (controls at
// least 44 px high): touch-<width>-<page>.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, click, frames, shot, findItem, items, waitSaved, testSite, loadExample, tapAt,
} from './lib.mjs';

const PAGES = [['Register', 'register'], ['Dashboard', 'dashboard'], ['Bevindingen', 'findings'],
  ['Workshops', 'workshops'], ['Import / export', 'exchange'], ['Instellingen', 'settings']];

for (const touch of [false, true]) for (const [width, height] of [[768, 1024], [1366, 768]]) {
  const prefix = touch ? 'touch' : 'narrow';
  test(`${prefix}: every main view at ${width} x ${height}, navigation ${width < 1000 ? 'as icons' : 'whole'}, status bar apart`, async () => {
    const srv = await serve(testSite);
    const ctx = await launch(newProfileDir(), touch ? { viewport: { width, height }, touch: true } : {});
    try {
      const page = await ctx.newPage();
      await page.setViewportSize({ width, height });
      const errors = watchConsole(page);
      await page.goto(srv.url);
      await waitReady(page);
      await loadExample(page);
      for (const [name, file] of PAGES) {
        const nav = await findItem(page, name);
        assert.ok(nav, `"${name}" is reachable in the navigation`);
        const navWidth = nav.x1 - nav.x0;
        if (width < 1000) assert.ok(navWidth < 70, `at ${width} the navigation is icons (${navWidth} px wide)`);
        else assert.ok(navWidth > 120, `at ${width} the navigation is whole (${navWidth} px wide)`);
        if (touch) {
          await tapAt(page, nav);
        } else {
          await click(page, name);
        }
        const all = await items(page);
        if (touch) {
          const here = await findItem(page, name);  // the navigation item, found as above
          assert.ok(here && here.y1 - here.y0 >= 43.5, `"${name}" is ${here && here.y1 - here.y0} px high on touch (at least 44)`);
        }
        const undo = all.find((it) => it.label.startsWith('Laatste wijziging ongedaan maken'));
        const redo = all.find((it) => it.label.startsWith('Laatst ongedane wijziging opnieuw'));
        assert.ok(undo && redo, 'undo and redo are in the status bar');
        assert.ok(undo.x1 <= redo.x0 && redo.x1 <= width, `undo ${undo.x0}-${undo.x1}, redo ${redo.x0}-${redo.x1} inside ${width}`);
        await shot(page, `${prefix}-${width}-${file}`);
      }
      // An activity opens as a full page with a way back at 768.
      if (touch) {
        for (const name of ['Register', 'Klantenservice-chatbot (AI-assistent)']) {
          const it = await findItem(page, name);
          await tapAt(page, it);
        }
      } else {
        await click(page, 'Register');
        await click(page, 'Klantenservice-chatbot (AI-assistent)');
      }
      await frames(page, 3);
      await shot(page, `${prefix}-${width}-editor`);
      assert.deepEqual(errors, []);
    } finally { await ctx.close(); await srv.close(); }
  });
}
