// Foundation browser tests: boot, CSP and network, persistence across reload and restart,
// one writer across tabs, the single-file build from file://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, state, click, findItem, typeText, waitSaved,
  frames, renderedFrames, shot, testSite, testSingle, prodSite, prodSingle,
} from './lib.mjs';

async function addActivity(page, name) {
  await click(page, '##quickadd');  // the register page's quick-add name field
  await typeText(page, name);
  await page.keyboard.press('Enter');
  await frames(page, 3);
  await waitSaved(page);
}

test('the shipped page boots with no console error, no request beyond its files, and no hooks', async () => {
  const srv = await serve(prodSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    const t0 = Date.now();
    await page.goto(srv.url);
    await page.waitForFunction(() => window.AirPlatform && window.AirPlatform.started, null, { timeout: 30000 });
    console.log(`# first frame after ${Date.now() - t0} ms`);
    await frames(page, 4);
    await shot(page, 'boot-empty-register');
    assert.deepEqual(errors, []);
    const own = new Set(['/', '/index.html', '/style.css', '/store.js', '/linked.js', '/platform.js', '/a11y.js', '/lzma.js', '/loader.js', '/app.wasm.js', '/app.js', '/icon.svg', '/favicon.ico']);
    const foreign = srv.requests.filter((r) => !own.has(r));
    assert.deepEqual(foreign, [], 'requests beyond the page\'s own files');
    assert.equal(await page.evaluate(() => typeof Module._air_test_state), 'undefined', 'test hooks in the shipped build');
  } finally { await ctx.close(); await srv.close(); }
});

test('a fetch from the page is blocked by the Content-Security-Policy', async () => {
  const srv = await serve(prodSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await page.waitForFunction(() => window.AirPlatform && window.AirPlatform.started, null, { timeout: 30000 });
    const before = srv.requests.length;
    const result = await page.evaluate(async (u) => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      let outcome = 'allowed';
      try { await fetch(u + 'leak?data=1'); } catch (e) { outcome = 'blocked'; }
      try { new Image().src = 'http://127.0.0.2/pixel.gif'; } catch (e) { /* ignore */ }
      await new Promise((r) => setTimeout(r, 200));
      return { outcome, violations };
    }, srv.url);
    assert.equal(result.outcome, 'blocked');
    assert.ok(result.violations.includes('connect-src'), `violations: ${result.violations}`);
    assert.ok(!srv.requests.slice(before).some((r) => r.startsWith('/leak')), 'the server saw the blocked request');
  } finally { await ctx.close(); await srv.close(); }
});

test('an added activity survives a reload and a browser restart', async () => {
  const srv = await serve(testSite);
  const profile = newProfileDir();
  let ctx = await launch(profile);
  try {
    let page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);
    await addActivity(page, 'Chatbot klantenservice – é ë €');
    let s = await state(page);
    assert.deepEqual(s.activities.map((a) => a.name), ['Chatbot klantenservice – é ë €']);
    await shot(page, 'one-activity');
    await page.reload();
    await waitReady(page);
    s = await state(page);
    assert.deepEqual(s.activities.map((a) => a.name), ['Chatbot klantenservice – é ë €'], 'after reload');
    assert.deepEqual(errors, []);
    await ctx.close();

    ctx = await launch(profile);
    page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    s = await state(page);
    assert.deepEqual(s.activities.map((a) => a.name), ['Chatbot klantenservice – é ë €'], 'after restart');
  } finally { await ctx.close(); await srv.close(); }
});

test('a second tab is read-only and cannot clobber the first; it can take over explicitly', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const first = await ctx.newPage();
    await first.goto(srv.url);
    await waitReady(first);
    await addActivity(first, 'Lead scoring');

    const second = await ctx.newPage();
    await second.goto(srv.url);
    await waitReady(second);
    let s2 = await state(second);
    assert.equal(s2.readOnly, true, 'second tab must be read-only');
    assert.deepEqual(s2.activities.map((a) => a.name), ['Lead scoring']);
    await shot(second, 'second-tab-read-only');

    // Typing into the second tab changes nothing.
    await click(second, '##quickadd');
    await typeText(second, 'Overschrijven');
    await second.keyboard.press('Enter');
    await frames(second, 3);
    assert.equal((await state(second)).activities.length, 1);

    // The writer keeps working, and the read-only tab follows its saves.
    await first.bringToFront();
    await addActivity(first, 'Churn voorspelling');
    await second.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).activities.length === 2, null, { timeout: 10000 });

    // Explicit take-over: the second tab becomes the writer, the first turns read-only.
    await second.bringToFront();
    // The take-over reloads the page: click without waiting for frames of the old page.
    const take = await findItem(second, 'Hier bewerken');
    assert.ok(take, 'take-over button shown');
    await Promise.all([second.waitForEvent('load'), second.mouse.click((take.x0 + take.x1) / 2, (take.y0 + take.y1) / 2)]);
    await waitReady(second);
    s2 = await state(second);
    assert.equal(s2.readOnly, false);
    await first.waitForFunction(() => window.AirPlatform.readOnly === true, null, { timeout: 10000 });
    assert.equal((await state(first)).readOnly, true);
    assert.equal(s2.activities.length, 2);
  } finally { await ctx.close(); await srv.close(); }
});

test('the single-file page works from file:// and persists', async () => {
  const profile = newProfileDir();
  let ctx = await launch(profile);
  try {
    let page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(pathToFileURL(testSingle).href);
    await waitReady(page);
    await addActivity(page, 'Dynamische prijzen');
    await shot(page, 'single-file');
    await ctx.close();
    ctx = await launch(profile);
    page = await ctx.newPage();
    await page.goto(pathToFileURL(testSingle).href);
    await waitReady(page);
    assert.deepEqual((await state(page)).activities.map((a) => a.name), ['Dynamische prijzen']);
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); }
});

test('the shipped single file boots from file:// without console errors', async () => {
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(pathToFileURL(prodSingle).href);
    await page.waitForFunction(() => window.AirPlatform && window.AirPlatform.started, null, { timeout: 30000 });
    await frames(page, 3);
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); }
});

test('text is crisp at devicePixelRatio 2', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir(), { dpr: 2 });
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    const size = await page.evaluate(() => [document.getElementById('canvas').width, window.innerWidth]);
    assert.equal(size[0], size[1] * 2, 'canvas backing store follows devicePixelRatio');
    await shot(page, 'dpr2');
  } finally { await ctx.close(); await srv.close(); }
});

test('an idle page renders no frames; input and a clicked field render only until they settle', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(1500);  // tooltips wake the page once after 0.65 s
    const idle0 = (await renderedFrames(page));
    await page.waitForTimeout(2000);
    const idle1 = (await renderedFrames(page));
    console.log(`# frames rendered in 2 s idle: ${idle1 - idle0}`);
    assert.equal(idle1 - idle0, 0, 'an idle tab renders nothing');
    // A click into the quick-add field, then typing right away: the first key is not lost.
    await click(page, '##quickadd');
    await page.keyboard.type('Xyz');
    await frames(page, 3);
    await page.waitForTimeout(1500);
    const after0 = (await renderedFrames(page));
    await page.waitForTimeout(1000);
    assert.equal((await renderedFrames(page)) - after0, 0, 'rendering stops again once input has settled');
  } finally { await ctx.close(); await srv.close(); }
});

test('without WebGL 2 or IndexedDB the page says so instead of showing a blank canvas', async () => {
  const srv = await serve(prodSite);
  const ctx = await launch(newProfileDir());
  try {
    const cases = [
      ['webgl', () => {
        const orig = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
          return kind === 'webgl2' ? null : orig.call(this, kind, ...rest);
        };
      }, /WebGL 2 ontbreekt/],
      ['idb', () => { Object.defineProperty(window, 'indexedDB', { value: undefined }); }, /IndexedDB ontbreekt/],
    ];
    for (const [name, init, expected] of cases) {
      const page = await ctx.newPage();
      await page.addInitScript(init);
      await page.goto(srv.url);
      await page.waitForFunction(() => !document.getElementById('message').hidden, null, { timeout: 10000 });
      const shown = await page.evaluate(() => ({
        text: document.getElementById('message-text').textContent,
        canvasHidden: document.getElementById('canvas').hidden,
      }));
      assert.match(shown.text, expected, name);
      assert.ok(shown.canvasHidden, `${name}: no blank canvas`);
      await shot(page, `missing-${name}`);
      await page.close();
    }
  } finally { await ctx.close(); await srv.close(); }
});

test('IME and dead-key text, paste from and copy to other applications', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await click(page, '##quickadd');
    // Plain typing, then an IME composition committed as one piece (as an input method
    // delivers it), then a dead key (´) followed by the composed é.
    await typeText(page, 'Café ');
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'o', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'Győ', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: 'Győr' });
    await frames(page, 2);
    await page.keyboard.type(' ');
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Dead', code: 'Quote', windowsVirtualKeyCode: 222 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Dead', code: 'Quote', windowsVirtualKeyCode: 222 });
    await cdp.send('Input.insertText', { text: 'é' });
    await frames(page, 2);
    // Paste text that another application put on the clipboard.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', ' – €12');
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await frames(page, 3);
    // Copy: select all in the field, Ctrl+C; what the page hands to the system clipboard.
    await page.evaluate(() => {
      window.airCopied = null;
      document.addEventListener('copy', (e) => { window.airCopied = e.clipboardData.getData('text/plain'); });
    });
    await page.keyboard.press('Control+A');
    await frames(page, 2);
    await page.keyboard.press('Control+C');
    await frames(page, 2);
    const copied = await page.evaluate(() => window.airCopied);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await frames(page, 3);
    await waitSaved(page);
    const expected = 'Café Győr é – €12';
    assert.deepEqual((await state(page)).activities.map((a) => a.name), [expected]);
    assert.equal(copied, expected, 'Ctrl+C gave the field\'s text to the clipboard');
  } finally { await ctx.close(); await srv.close(); }
});
