// Touch on a portrait tablet (issue #15): with touch emulation at 768 x 1024, a finger drags the
// register table to its last row (real touch events through the DevTools protocol, so the page
// sees pointerType "touch"), nothing is opened by the drag, and a tap on that last row opens it
// although the example's toast is still up: the toast moves away from where the finger works (it
// used to lie over the last rows until it expired, so the tap opened the row in two runs of three).
// Screenshots: build/artifacts/e2e/touch-*.png (look at them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, click, frames, shot, findItem, waitSaved, state, testSite,
} from './lib.mjs';

// One finger from (x, y0) to (x, y1) in `steps` moves.
async function drag(cdp, page, x, y0, y1, steps = 12) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let i = 1; i <= steps; ++i) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + ((y1 - y0) * i) / steps }] });
    await frames(page, 1);
  }
  await page.waitForTimeout(150);  // the finger rests before lifting: no coasting past the end
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frames(page, 3);
}

test('touch: a finger drags the register to its last row and opens nothing on the way', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir(), { viewport: { width: 768, height: 1024 }, touch: true });
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);
    await click(page, 'Instellingen');
    await click(page, 'Voorbeeldregister laden');
    await waitSaved(page);
    // Navigation by tap.
    const nav = await findItem(page, 'Register');
    await page.touchscreen.tap((nav.x0 + nav.x1) / 2, (nav.y0 + nav.y1) / 2);
    await frames(page, 4);
    assert.equal((await state(page)).page, 0, 'a tap on the navigation opens the register');
    const last = 'Bestellen via slimme speaker';
    assert.equal(await findItem(page, last), null, 'the last row starts out of view');
    const first = await findItem(page, 'Leadscoring zakelijke klanten');
    const cdp = await ctx.newCDPSession(page);
    for (let i = 0; i < 4 && !(await findItem(page, last)); ++i) await drag(cdp, page, (first.x0 + first.x1) / 2, 900, 350);
    const row = await findItem(page, last);
    assert.ok(row, 'the drags brought the last row into view');
    assert.equal((await state(page)).selected, '', 'dragging opened nothing');
    await shot(page, 'touch-scrolled');
    // The toast as the accessibility mirror places it over the canvas.
    const toast = await page.evaluate(() => {
      const el = [...document.querySelectorAll('body *')].find((e) => e.children.length === 0 &&
        e.textContent.includes('Het voorbeeldregister is als nieuw register'));
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { y0: r.top, y1: r.bottom };
    });
    assert.ok(toast, 'the toast is still up');
    assert.ok(toast.y1 < row.y0, `the toast (y ${toast.y0}–${toast.y1}) is away from the last row (y ${row.y0})`);
    await page.touchscreen.tap((row.x0 + row.x1) / 2, (row.y0 + row.y1) / 2);
    await frames(page, 4);
    assert.notEqual((await state(page)).selected, '', 'a tap on the last row opens it');
    await shot(page, 'touch-opened');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});
