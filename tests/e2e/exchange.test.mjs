// Import / export and Settings in the browser: load the example register (a register of its
// own), export it as JSON through a real download, start an empty register, import the
// downloaded file through the real file chooser, and check that every activity came back.
// Screenshots: the Import / export page with a preview, and the Settings page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, state, click, typeText, frames, shot,
  waitSaved, findItem, testSite, artifacts, loadExample,
} from './lib.mjs';

test('export the example as JSON, import it into an empty register, same activities', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);

    // Settings: load the example as a new register.
    await click(page, 'Instellingen');
    await click(page, 'Voorbeeldregister laden');
    await frames(page, 4);
    let s = await state(page);
    assert.equal(s.register, 'Voorbeeld Retail B.V.');
    assert.ok(s.activities.length >= 20, `example has ${s.activities.length} activities`);
    assert.equal(s.registers.length, 2);
    const exampleIds = s.activities.map((a) => a.id);
    await waitSaved(page);
    await shot(page, 'settings-page');

    // Export the register file.
    await click(page, 'Import / export');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10000 }),
      click(page, 'Download .json'),
    ]);
    assert.match(download.suggestedFilename(), /^voorbeeld-retail-bv_ai-register_\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const json = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(json.format, 'ai-activity-register');
    assert.deepEqual(json.activities.map((a) => a.id), exampleIds);
    // "Export everything" downloads all four files.
    const names = [];
    const onDownload = (d) => names.push(d.suggestedFilename());
    page.on('download', onDownload);
    await click(page, 'Alles exporteren');
    const t0 = Date.now();
    while (names.length < 4 && Date.now() - t0 < 10000) await frames(page, 2);
    page.off('download', onDownload);
    assert.deepEqual(names.map((n) => n.replace(/\d{4}-\d{2}-\d{2}/, 'DATE')), [
      'voorbeeld-retail-bv_ai-register_DATE.json', 'voorbeeld-retail-bv_ai-register_DATE.csv',
      'voorbeeld-retail-bv_beoordelingsrapport_DATE.html', 'voorbeeld-retail-bv_beoordelingsrapport_DATE.md',
    ]);
    assert.ok(await findItem(page, 'Bestand kiezen'), 'the import drop zone is on the page');

    // A new, empty register.
    await click(page, 'Instellingen');
    await click(page, 'Nieuw register');
    await typeText(page, 'Leeg register');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).register === 'Leeg register',
      null, { timeout: 10000 });
    s = await state(page);
    assert.equal(s.register, 'Leeg register');
    assert.deepEqual(s.activities, []);

    // Import the downloaded file through the file chooser.
    await click(page, 'Import / export');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 10000 }),
      click(page, 'Bestand kiezen'),
    ]);
    await chooser.setFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(file) });
    await page.waitForFunction(() => {
      const items = JSON.parse(UTF8ToString(Module._air_test_items()));
      return items.some((it) => it.label.includes('activiteiten importeren'));
    }, null, { timeout: 10000 });
    await frames(page, 3);
    await shot(page, 'exchange-preview');
    s = await state(page);
    assert.deepEqual(s.activities, [], 'a preview changes nothing');
    await click(page, 'activiteiten importeren');
    await frames(page, 3);
    s = await state(page);
    assert.deepEqual(s.activities.map((a) => a.id), exampleIds);
    assert.equal(s.organisation, 'Voorbeeld Retail B.V.');
    await waitSaved(page);
    await shot(page, 'exchange-imported');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});

test('a malformed file shows where it is wrong and changes nothing', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir(), { locale: 'en-GB' });
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await click(page, 'English');
    await click(page, 'Import / export');
    const before = await state(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 10000 }),
      click(page, 'Choose file'),
    ]);
    await chooser.setFiles({
      name: 'broken.json', mimeType: 'application/json',
      buffer: Buffer.from('{"format": "ai-activity-register", "format_version": 1, "activities": [{"id": "a", "name": ""}]}'),
    });
    await page.waitForFunction(() => {
      const items = JSON.parse(UTF8ToString(Module._air_test_items()));
      return items.some((it) => it.label === 'Close');
    }, null, { timeout: 10000 });
    await shot(page, 'exchange-error');
    assert.deepEqual(await state(page), before);
  } finally { await ctx.close(); await srv.close(); }
});

test('the legal-review report downloads and prints as a PDF with a page per activity', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await loadExample(page);
    const n = (await state(page)).activities.length;
    await click(page, 'Import / export');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10000 }),
      click(page, 'Download .html'),
    ]);
    assert.match(download.suggestedFilename(), /^voorbeeld-retail-bv_beoordelingsrapport_\d{4}-\d{2}-\d{2}\.html$/);
    const html = readFileSync(await download.path(), 'utf8');
    assert.ok(!/<script/i.test(html) && !/(src|href)\s*=\s*["']?https?:/i.test(html), 'self-contained, no script');

    // Open it as a reader would (no network at all) and print it.
    const report = await ctx.newPage();
    const requests = [];
    report.on('request', (r) => { if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url()); });
    await report.setContent(html, { waitUntil: 'load' });
    assert.deepEqual(requests, [], 'the report loads nothing');
    await report.screenshot({ path: join(artifacts, 'report-screen.png') });
    await report.emulateMedia({ media: 'print' });
    await report.screenshot({ path: join(artifacts, 'report-print-media.png') });
    const pdf = await report.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(artifacts, 'report.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    console.log(`# report: ${n} activities, ${html.length} bytes of HTML, ${pages} A4 pages, ${pdf.length} bytes of PDF`);
    assert.ok(pages >= n + 1, `a page per activity plus the front matter (${pages} pages for ${n} activities)`);
    // Rule set 2026.12 prints per activity both duty lists with dates and the DPIA basis table:
    // about 3.2 A4 pages each for the example register (93 pages for 29 in December 2026).
    assert.ok(pages <= n * 4 + 4, `no runaway page breaks (${pages} pages)`);
  } finally { await ctx.close(); await srv.close(); }
});
