// Saving you can trust: the page store (web/store.js) driven into real IndexedDB failures — a
// quota that is really used up, a put that throws, a transaction that never completes — and
// the writer rule without Web Locks, text typed when the tab closes, two single-file copies,
// the bytes one edit costs at 10,000 activities, and the move from the old IDBFS data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, state, click, typeText, waitSaved,
  frames, shot, testSite, testSingle, clickExact, quickAdd, bigRegister,
} from './lib.mjs';


async function waitState(page, key, value, timeout = 30000) {
  await page.waitForFunction(([k, v]) => JSON.parse(UTF8ToString(Module._air_test_state()))[k] === v,
    [key, value], { timeout });
}


const names = async (page) => (await state(page)).activities.map((a) => a.name);

test('a real quota failure shows "Not saved", keeps the change, and saves it once storage works again', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    // The browser's own quota for this origin, set to 1 KB before the page first opens its
    // database: IndexedDB aborts every save's transaction with QuotaExceededError, as on a
    // full disk. (Chromium reads the quota when it opens an origin's storage.)
    await page.goto(srv.url + 'style.css');
    const cdp = await ctx.newCDPSession(page);
    const origin = new URL(srv.url).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 });
    await page.goto(srv.url);
    await waitReady(page);
    await quickAdd(page, 'Leadscoring');
    await waitState(page, 'saveState', 'failed');
    let s = await state(page);
    assert.equal(s.saveError, 'quota');
    assert.equal(s.readOnly, false);
    await quickAdd(page, 'Chatbot');
    await frames(page, 3);
    s = await state(page);
    assert.deepEqual(s.activities.map((a) => a.name), ['Leadscoring', 'Chatbot'], 'the changes stay in the tab');
    assert.notEqual(s.saveState, 'saved');
    assert.equal(await page.evaluate(() => Module._air_unsaved()), 1, 'leaving the page would warn');
    await shot(page, 'save-failed-quota');
    // Storage works again: a retry saves everything by itself, no further edit needed.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await waitSaved(page, 90000);
    await page.reload();
    await waitReady(page);
    assert.deepEqual(await names(page), ['Leadscoring', 'Chatbot']);
  } finally { await ctx.close(); await srv.close(); }
});

test('a put that throws fails the save; the data stays and goes with the next save', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await quickAdd(page, 'Eerste');
    await waitSaved(page);
    await page.evaluate(() => {
      window.airRealPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('refused for the test', 'DataError'); };
    });
    await quickAdd(page, 'Tweede');
    await waitState(page, 'saveState', 'failed');
    assert.match((await state(page)).saveError, /^idb\|DataError/);
    await page.evaluate(() => { IDBObjectStore.prototype.put = window.airRealPut; });
    await quickAdd(page, 'Derde');
    await waitSaved(page, 60000);
    await page.reload();
    await waitReady(page);
    assert.deepEqual(await names(page), ['Eerste', 'Tweede', 'Derde']);
  } finally { await ctx.close(); await srv.close(); }
});

test('a save whose transaction never completes turns into "Not saved" and is retried', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await quickAdd(page, 'Voor');
    await waitSaved(page);
    // Another connection keeps a read-write transaction on the store busy for ever: the
    // page's save waits behind it and would never complete.
    await page.evaluate(() => new Promise((resolve) => {
      const r = indexedDB.open(AirStore.state.dbName);
      r.onsuccess = () => {
        const tx = r.result.transaction(['meta'], 'readwrite');
        const st = tx.objectStore('meta');
        window.airHold = true;
        const spin = () => { if (window.airHold) st.get('header').onsuccess = spin; };
        spin();
        resolve();
      };
    }));
    await quickAdd(page, 'Tijdens');
    assert.equal((await state(page)).saveState, 'saving');
    await waitState(page, 'saveState', 'failed', 30000);
    assert.equal((await state(page)).saveError, 'timeout');
    await page.evaluate(() => { window.airHold = false; });
    await waitSaved(page, 90000);
    await page.reload();
    await waitReady(page);
    assert.deepEqual(await names(page), ['Voor', 'Tijdens']);
  } finally { await ctx.close(); await srv.close(); }
});

test('without Web Locks two tabs still have exactly one writer, and a take-over fences the old one', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    await ctx.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }); });
    const first = await ctx.newPage();
    await first.goto(srv.url);
    await waitReady(first);
    assert.equal(await first.evaluate(() => navigator.locks), undefined);
    await quickAdd(first, 'Van tab 1');
    await waitSaved(first);
    const second = await ctx.newPage();
    await second.goto(srv.url);
    await waitReady(second);
    const ro = [(await state(first)).readOnly, (await state(second)).readOnly];
    assert.deepEqual(ro, [false, true], 'exactly one writer');
    assert.deepEqual(await names(second), ['Van tab 1']);
    // The read-only tab follows the writer's saves.
    await first.bringToFront();
    await quickAdd(first, 'Nog een');
    await waitSaved(first);
    await second.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).activities.length === 2,
      null, { timeout: 10000 });
    // Take-over: the second tab claims the writer record; the first can no longer write.
    await second.bringToFront();
    await second.evaluate(() => AirPlatform.takeOver());
    await second.waitForEvent('load');
    await waitReady(second);
    assert.equal((await state(second)).readOnly, false);
    await first.waitForFunction(() => window.AirPlatform.readOnly === true, null, { timeout: 15000 });
    await second.bringToFront();
    await quickAdd(second, 'Van tab 2');
    await waitSaved(second);
    const third = await ctx.newPage();
    await third.goto(srv.url);
    await waitReady(third);
    assert.equal((await state(third)).readOnly, true);
    assert.deepEqual(await names(third), ['Van tab 1', 'Nog een', 'Van tab 2']);
  } finally { await ctx.close(); await srv.close(); }
});

test('text being typed is committed and saved when the tab is closed', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    let page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await quickAdd(page, 'Chatbot');
    await waitSaved(page);
    const id = (await state(page)).activities[0].id;
    // Open it in the editor and type into the name field without leaving it.
    await click(page, 'Chatbot');
    assert.equal((await state(page)).selected, id);
    await clickExact(page, 'Naam');
    await page.keyboard.press('End');
    await typeText(page, ' voor de webshop');
    assert.equal(await page.evaluate(() => Module._air_unsaved()), 1, 'uncommitted text counts as unsaved');
    assert.deepEqual(await names(page), ['Chatbot'], 'not committed while typing');
    // The tab closes (no beforeunload dialog); the browser stays open, as when a user closes a tab.
    await page.close({ runBeforeUnload: false });
    page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    assert.deepEqual(await names(page), ['Chatbot voor de webshop']);
  } finally { await ctx.close(); await srv.close(); }
});

test('two copies of the single file in two folders keep two registers', async () => {
  const a = join(mkdtempSync(join(tmpdir(), 'air-copy-a-')), 'ai-register.html');
  const b = join(mkdtempSync(join(tmpdir(), 'air-copy-b-')), 'ai-register.html');
  copyFileSync(testSingle, a);
  copyFileSync(testSingle, b);
  const profile = newProfileDir();
  let ctx = await launch(profile);
  try {
    let page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(pathToFileURL(a).href);
    await waitReady(page);
    await quickAdd(page, 'Map A');
    await waitSaved(page);
    await page.close();
    page = await ctx.newPage();
    await page.goto(pathToFileURL(b).href);
    await waitReady(page);
    assert.deepEqual(await names(page), [], 'the copy in folder B starts empty');
    await quickAdd(page, 'Map B');
    await waitSaved(page);
    await ctx.close();
    ctx = await launch(profile);
    page = await ctx.newPage();
    await page.goto(pathToFileURL(a).href);
    await waitReady(page);
    assert.deepEqual(await names(page), ['Map A']);
    await page.goto(pathToFileURL(b).href);
    await waitReady(page);
    assert.deepEqual(await names(page), ['Map B']);
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); }
});

test('data saved by an earlier version (IDBFS) moves into the page store, and the old copy goes after', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    // An earlier version's data: make a register with this version, take its files, and
    // write them in IDBFS's layout (database "/data", store FILE_DATA) into a fresh origin.
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await quickAdd(page, 'Uit de oude versie');
    await waitSaved(page);
    const files = await page.evaluate(() => FS.readdir('/data').filter((n) => n[0] !== '.')
      .map((n) => [n, Array.from(FS.readFile('/data/' + n))]));
    const srv2 = await serve(testSite);  // another port: another origin, empty storage
    try {
      const p2 = await ctx.newPage();
      await p2.goto(srv2.url + 'style.css');  // same origin, without the app
      await p2.evaluate((list) => new Promise((resolve, reject) => {
        const r = indexedDB.open('/data', 21);
        r.onupgradeneeded = () => {
          const st = r.result.createObjectStore('FILE_DATA');
          st.createIndex('timestamp', 'timestamp', { unique: false });
        };
        r.onsuccess = () => {
          const tx = r.result.transaction(['FILE_DATA'], 'readwrite');
          const st = tx.objectStore('FILE_DATA');
          st.put({ timestamp: new Date(), mode: 16895 }, '/data');
          for (const [n, bytes] of list) st.put({ timestamp: new Date(), mode: 33206, contents: new Uint8Array(bytes) }, '/data/' + n);
          tx.oncomplete = () => { r.result.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      }), files);
      await p2.goto(srv2.url);
      await waitReady(p2);
      assert.deepEqual(await names(p2), ['Uit de oude versie']);
      await waitSaved(p2);
      const dbs = await p2.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
      assert.ok(!dbs.includes('/data'), `the old IDBFS database is gone after the first save: ${dbs}`);
      await p2.reload();
      await waitReady(p2);
      assert.deepEqual(await names(p2), ['Uit de oude versie'], 'read back from the page store');
    } finally { await srv2.close(); }
  } finally { await ctx.close(); await srv.close(); }
});

test('one edit in a register of 10,000 activities writes under 64 KB to IndexedDB', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await click(page, 'Import / export');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 10000 }),
      click(page, 'Bestand kiezen'),
    ]);
    await chooser.setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(bigRegister(10000, 'Test B.V.')) });
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_items()))
      .some((it) => it.label.includes('activiteiten importeren')), null, { timeout: 120000 });
    await click(page, 'activiteiten importeren');
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).activities.length === 10000,
      null, { timeout: 180000 });
    await waitSaved(page, 120000);
    // Count every byte the page hands to IndexedDB from here on.
    await page.evaluate(() => {
      window.airPutBytes = 0;
      window.airPuts = 0;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value, key) {
        window.airPuts++;
        window.airPutBytes += value && value.byteLength !== undefined ? value.byteLength : JSON.stringify(value).length;
        return put.call(this, value, key);
      };
    });
    await click(page, 'Register');
    const first = (await state(page)).activities[0];
    await click(page, first.name);
    await clickExact(page, 'Naam');
    await page.keyboard.press('End');
    await typeText(page, ' (herzien)');
    await page.keyboard.press('Enter');
    await frames(page, 3);
    await waitSaved(page, 30000);
    assert.equal((await state(page)).activities[0].name, `${first.name} (herzien)`);
    const { bytes, puts, last } = await page.evaluate(() => ({ bytes: window.airPutBytes, puts: window.airPuts, last: AirStore.state.lastSave }));
    console.log(`# storage: one edit at 10,000 activities wrote ${bytes} bytes in ${puts} records (save ${last.ms.toFixed(1)} ms)`);
    assert.ok(bytes > 0, 'the edit was written');
    assert.ok(bytes < 64 * 1024, `one edit wrote ${bytes} bytes`);
  } finally { await ctx.close(); await srv.close(); }
});

test('a file over the size limit is refused before anything is copied into the page', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await page.evaluate(() => {
      window.airPicked = 0;
      window.airMallocs = [];
      const picked = Module._air_file_picked, malloc = _malloc;
      Module._air_file_picked = (...a) => { window.airPicked++; return picked(...a); };
      window._malloc = (n) => { window.airMallocs.push(n); return malloc(n); };
    });
    await click(page, 'Import / export');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 10000 }),
      click(page, 'Bestand kiezen'),
    ]);
    await chooser.setFiles({ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.alloc(21 * 1024 * 1024, 32) });
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).toasts.length > 0, null, { timeout: 30000 });
    const s = await state(page);
    assert.equal(s.toasts[0].error, true);
    assert.match(s.toasts[0].text, /^groot\.json: .*21[.,]0 MB.*20 MB/);
    const seen = await page.evaluate(() => ({ picked: window.airPicked, big: window.airMallocs.filter((n) => n > 1e6).length }));
    assert.deepEqual(seen, { picked: 0, big: 0 }, 'nothing of the file reached the wasm heap');
    await shot(page, 'import-too-large');
  } finally { await ctx.close(); await srv.close(); }
});
