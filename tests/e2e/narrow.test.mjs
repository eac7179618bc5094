// Narrow windows (issue #15): the example register at a portrait tablet (768 x 1024) and a small
// laptop (1366 x 768). At 768 the navigation is icons (each page still reachable by its name),
// at 1366 it is whole; the status bar's controls stay inside the window and apart. Screenshots
// of every main view at both sizes go to build/artifacts/e2e/narrow-<width>-<page>.png (look at them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, click, frames, shot, findItem, items, waitSaved, testSite,
} from './lib.mjs';

const PAGES = [['Register', 'register'], ['Dashboard', 'dashboard'], ['Bevindingen', 'findings'],
  ['Workshops', 'workshops'], ['Import / export', 'exchange'], ['Instellingen', 'settings']];

for (const [width, height] of [[768, 1024], [1366, 768]]) {
  test(`narrow: every main view at ${width} x ${height}, navigation ${width < 1000 ? 'as icons' : 'whole'}, status bar apart`, async () => {
    const srv = await serve(testSite);
    const ctx = await launch(newProfileDir());
    try {
      const page = await ctx.newPage();
      await page.setViewportSize({ width, height });
      const errors = watchConsole(page);
      await page.goto(srv.url);
      await waitReady(page);
      await click(page, 'Instellingen');
      await click(page, 'Voorbeeldregister laden');
      await waitSaved(page);
      for (const [name, file] of PAGES) {
        const nav = await findItem(page, name);
        assert.ok(nav, `"${name}" is reachable in the navigation`);
        const navWidth = nav.x1 - nav.x0;
        if (width < 1000) assert.ok(navWidth < 70, `at ${width} the navigation is icons (${navWidth} px wide)`);
        else assert.ok(navWidth > 120, `at ${width} the navigation is whole (${navWidth} px wide)`);
        await click(page, name);
        const all = await items(page);
        const undo = all.find((it) => it.label.startsWith('Laatste wijziging ongedaan maken'));
        const redo = all.find((it) => it.label.startsWith('Laatst ongedane wijziging opnieuw'));
        assert.ok(undo && redo, 'undo and redo are in the status bar');
        assert.ok(undo.x1 <= redo.x0 && redo.x1 <= width, `undo ${undo.x0}-${undo.x1}, redo ${redo.x0}-${redo.x1} inside ${width}`);
        await shot(page, `narrow-${width}-${file}`);
      }
      // An activity opens as a full page with a way back at 768.
      await click(page, 'Register');
      await click(page, 'Klantenservice-chatbot (AI-assistent)');
      await frames(page, 3);
      await shot(page, `narrow-${width}-editor`);
      assert.deepEqual(errors, []);
    } finally { await ctx.close(); await srv.close(); }
  });
}
