// Touch on a portrait tablet (issue #15): with touch emulation at 768 x 1024, a finger drags the
// register table to its last row (real touch events through the DevTools protocol, so the page
// sees pointerType "touch"), nothing is opened by the drag, and a tap on that last row opens it
// although the example's toast is still up: the toast moves away from where the finger works (it
// used to lie over the last rows until it expired, so the tap opened the row in two runs of three).
// Then, on the same tablet: every control is at least 44 px high once a finger is used; a field
// low in the editor is tapped, the on-screen keyboard is emulated (the page shrinks, as
// interactive-widget=resizes-content asks) and the field scrolls above it, is typed into and kept;
// presenter mode turns its pages by swiping.
// Screenshots: build/artifacts/e2e/touch-*.png (look at them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, click, frames, shot, findItem, waitSaved, state, testSite, items, loadExample, tapAt,
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
  const { srv, ctx, page, errors } = await tablet();
  try {
    // Navigation by tap.
    const nav = await findItem(page, 'Register');
    await tapAt(page, nav);
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
    await tapAt(page, row);
    assert.notEqual((await state(page)).selected, '', 'a tap on the last row opens it');
    await shot(page, 'touch-opened');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});

async function tablet() {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir(), { viewport: { width: 768, height: 1024 }, touch: true });
  const page = await ctx.newPage();
  const errors = watchConsole(page);
  await page.goto(srv.url);
  await waitReady(page);
  await loadExample(page);
  const tap = async (text) => {
    const r = await findItem(page, text);
    assert.ok(r, `${text} is on screen`);
    await tapAt(page, r);
    return r;
  };
  return { srv, ctx, page, errors, tap };
}

// The value the accessibility mirror shows for a text field (what a screen reader reads), once
// it ends with `tail` (the mirror passes content changes on within a quarter second), or after 5 s.
async function fieldValue(page, name, tail) {
  const read = (n) => {
    const e = document.querySelector(`[role=textbox][aria-label="${n}"]`);
    return e ? e.textContent : null;
  };
  await page.waitForFunction(([n, t]) => {
    const e = document.querySelector(`[role=textbox][aria-label="${n}"]`);
    return e && e.textContent.endsWith(t);
  }, [name, tail], { timeout: 5000 }).catch(() => {});
  return page.evaluate(read, name);
}

test('touch: 44 px targets, a field typed into above the on-screen keyboard', async () => {
  const { srv, ctx, page, errors, tap } = await tablet();
  try {
    await tap('Register');
    await tap('Churnvoorspelling klantenpas');
    assert.notEqual((await state(page)).selected, '', 'the tap opened the activity');
    const all = await items(page);
    for (const label of ['Register', 'Dashboard', 'Basis', 'Gegevens', 'Naam', 'Sluiten', 'Terug naar het register',
      'Laatste wijziging ongedaan maken']) {
      const it = all.find((x) => x.label.includes(label));
      assert.ok(it, `${label} is on screen`);
      assert.ok(it.y1 - it.y0 >= 43.5, `${label} is ${it.y1 - it.y0} px high on touch (at least 44)`);
    }
    // A field at the bottom of the editor: tapped, the keyboard opens (the hidden input has the focus).
    const doel = await findItem(page, 'Doel');
    assert.ok(doel.y1 > 640, `the field starts low on the page (bottom at ${doel.y1})`);
    await page.touchscreen.tap((doel.x0 + doel.x1) / 2, doel.y0 + 12);  // its first line (the rest may be out of view)
    await frames(page, 4);
    // (Waited for: the field opens for editing, takes the focus, then asks for the keyboard, a frame each.)
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'textinput', null,
      { timeout: 5000 }).catch(() => {});
    assert.equal(await page.evaluate(() => document.activeElement.id), 'textinput', 'the on-screen keyboard is asked for');
    // The keyboard takes the lower 380 px: the page shrinks to what stays visible.
    assert.equal((await state(page)).textActive, true, 'the field is being edited');
    await page.setViewportSize({ width: 768, height: 644 });
    await frames(page, 6);
    assert.equal((await state(page)).textActive, true, 'the field is still being edited with the keyboard up');
    let lifted = await findItem(page, 'Doel');
    for (let i = 0; i < 10 && lifted && lifted.y1 > 644; ++i) lifted = await findItem(page, 'Doel');  // a loaded machine
    assert.ok(lifted && lifted.y1 <= 644, `the field scrolled above the keyboard (bottom at ${lifted.y1})`);
    await shot(page, 'touch-keyboard');
    await page.keyboard.press('End');
    await page.keyboard.type(' Met toestemming.', { delay: 15 });
    await frames(page, 2);
    assert.match(await fieldValue(page, 'Doel', 'Met toestemming.'), /Met toestemming\.$/, 'the typing goes into the field');
    // Done: the keyboard closes (the page is whole again), a tap elsewhere ends the edit.
    await page.setViewportSize({ width: 768, height: 1024 });
    await frames(page, 3);
    await page.touchscreen.tap(400, 300);  // the editor's summary text: no control
    await page.waitForFunction(() => !JSON.parse(UTF8ToString(Module._air_test_state())).textActive, null,
      { timeout: 5000 }).catch(() => {});
    assert.equal((await state(page)).textActive, false, 'the tap ended the edit');
    await waitSaved(page);
    assert.match(await fieldValue(page, 'Doel', 'Met toestemming.'), /relevant aanbod doen\. Met toestemming\.$/,
      'the typed text is kept');
    await page.waitForFunction(() => !document.activeElement || document.activeElement.id !== 'textinput', null,
      { timeout: 5000 }).catch(() => {});
    assert.notEqual(await page.evaluate(() => document.activeElement.id), 'textinput', 'the keyboard closed with the edit');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});

test('touch: presenter mode turns its pages by swiping; vote tiles fit a thumb', async () => {
  const { srv, ctx, page, errors, tap } = await tablet();
  try {
    await tap('Workshops');
    await tap('Presentatiemodus starten');
    assert.ok(await findItem(page, 'Aantekeningen bij Transparantie en uitlegbaarheid'), 'the first principle');
    const plus = await findItem(page, '+1 Groen');
    assert.ok(plus.y1 - plus.y0 >= 56, `the + tile button is ${plus.y1 - plus.y0} px high (a thumb's size)`);
    await shot(page, 'touch-presenter');
    const cdp = await ctx.newCDPSession(page);
    const swipe = async (x0, x1) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: 420 }] });
      for (let i = 1; i <= 2; ++i) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + ((x1 - x0) * i) / 2, y: 424 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await frames(page, 4);
    };
    await swipe(600, 200);
    assert.ok(await findItem(page, 'Aantekeningen bij Eerlijkheid en bias'), 'a swipe to the left: the next principle');
    await swipe(200, 600);
    assert.ok(await findItem(page, 'Aantekeningen bij Transparantie en uitlegbaarheid'), 'a swipe to the right: back');
    await swipe(200, 600);
    assert.ok(await findItem(page, 'Aantekeningen bij Transparantie en uitlegbaarheid'), 'nothing before the first page');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});
