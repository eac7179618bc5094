// Register page in the browser: create an activity from the catalogue, edit a field in the
// editor, filter the table, reload: the change and the filter are still there. Screenshots of
// the empty state, the picker, the table and the editor are kept as artifacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, state, click, typeText, waitSaved,
  frames, shot, items, testSite, clickExact,
} from './lib.mjs';

// Clicks the widget whose visible label is exactly `text` (several labels contain others),
// with a pause between moving, pressing and releasing, as a person clicks.

async function hasLabel(page, text) {
  await frames(page, 2);
  return (await items(page)).some((i) => i.label.includes(text));
}

test('create from the catalogue, edit, filter; after a reload the change and the filter remain', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);
    assert.ok(await hasLabel(page, 'Voorbeeldregister laden'), 'the empty state offers the example register');
    await shot(page, 'register-empty');

    // New from catalogue: search, pick the chatbot.
    await click(page, 'Nieuw uit catalogus');
    await typeText(page, 'chatbot');
    await shot(page, 'register-picker');
    await clickExact(page, 'Klantenservice-chatbot');
    await waitSaved(page);
    let s = await state(page);
    assert.equal(s.activities.length, 1);
    assert.equal(s.activities[0].name, 'Klantenservice-chatbot');
    assert.equal(s.activities[0].tier, 'limited', 'the catalogue screening came along');
    assert.equal(s.selected, s.activities[0].id, 'the new activity is open in the editor');
    await shot(page, 'register-editor-prefilled');

    // Edit the name in the editor: committed when the field is left (Enter).
    await clickExact(page, 'Naam');
    await page.keyboard.press('Control+A');
    await typeText(page, 'Chatbot webshop');
    await page.keyboard.press('Enter');
    await frames(page, 3);
    await waitSaved(page);
    s = await state(page);
    assert.equal(s.activities[0].name, 'Chatbot webshop');

    // Go to the data tab and back; the tier badge and findings stay visible on top.
    await clickExact(page, 'Gegevens');
    await shot(page, 'register-editor-data');
    await page.keyboard.press('Escape');
    await frames(page, 3);
    assert.equal((await state(page)).selected, '', 'Esc closes the editor');

    // Filter: only limited risk; the chip shows under the toolbar.
    await clickExact(page, 'Filter');
    await clickExact(page, 'Risico');
    await clickExact(page, 'Beperkt risico');
    await page.mouse.click(5, 790);
    await frames(page, 3);
    assert.ok(await hasLabel(page, 'Risico: Beperkt risico'), 'filter chip');
    assert.ok(await hasLabel(page, 'Chatbot webshop'), 'the limited-risk activity is still listed');
    await waitSaved(page);
    await shot(page, 'register-table-filtered');

    await page.reload();
    await waitReady(page);
    s = await state(page);
    assert.deepEqual(s.activities.map((a) => a.name), ['Chatbot webshop'], 'the edit survived the reload');
    assert.ok(await hasLabel(page, 'Risico: Beperkt risico'), 'the filter was remembered');
    assert.ok(await hasLabel(page, 'Chatbot webshop'), 'and the row is shown');

    // Load the example next to it (with a confirmation) and look at the full table.
    await clickExact(page, 'Alles wissen');
    await clickExact(page, 'Meer');
    await click(page, 'Voorbeeldregister laden');
    await clickExact(page, 'Voorbeeld laden');
    await waitSaved(page);
    s = await state(page);
    assert.ok(s.activities.length > 20);
    assert.equal(s.activities[0].name, 'Chatbot webshop');
    await page.mouse.move(2, 790);
    await shot(page, 'register-table');
    // Opening a row shows the editor next to the table.
    await clickExact(page, s.activities[5].name);
    assert.equal((await state(page)).selected, s.activities[5].id);
    await shot(page, 'register-editor');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});

test('the quick-add field adds several activities in a row', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await click(page, 'Naam van een nieuwe AI-activiteit');
    for (const name of ['Leadscoring', 'Churnvoorspelling', 'Chatbot']) {
      await typeText(page, name);
      await page.keyboard.press('Enter');
      await frames(page, 3);
    }
    await waitSaved(page);
    const s = await state(page);
    assert.deepEqual(s.activities.map((a) => a.name), ['Leadscoring', 'Churnvoorspelling', 'Chatbot']);
    assert.equal(s.selected, '', 'quick add keeps the table in view');
  } finally { await ctx.close(); await srv.close(); }
});

test('a quick click or tap on an editor tab switches the tab at once', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await click(page, 'Naam van een nieuwe AI-activiteit');
    await typeText(page, 'Leadscoring');
    await page.keyboard.press('Enter');
    await frames(page, 3);
    await clickExact(page, 'Leadscoring');
    assert.ok(await hasLabel(page, 'Basis'));
    // Pointer away, then move + press + release in one go (no frame in between), as a tap or
    // a fast click arrives.
    await page.mouse.move(2, 2);
    await frames(page, 3);
    const tab = (await items(page)).find((i) => i.label === 'Gegevens');
    assert.ok(tab, 'the Data tab');
    await page.mouse.click((tab.x0 + tab.x1) / 2, (tab.y0 + tab.y1) / 2);
    await frames(page, 4);
    assert.ok(await hasLabel(page, 'Betrokkenen zijn geïnformeerd'), 'the Data tab is open');
  } finally { await ctx.close(); await srv.close(); }
});

test('a new user\'s tour: every high-risk activity in two clicks, English, reload, all as left', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);
    await click(page, 'Voorbeeldregister laden');
    await waitSaved(page);
    const all = (await state(page)).activities;
    const high = all.filter((a) => a.tier === 'high').map((a) => a.name);
    assert.ok(high.length >= 2, `the example has high-risk activities (${high.length})`);
    // Two clicks: Dashboard, then the "Hoog risico" bar.
    await click(page, 'Dashboard');
    await clickExact(page, 'Hoog risico');
    assert.equal((await state(page)).page, 0, 'the register page');
    assert.ok(await hasLabel(page, 'Risico: Hoog risico'), 'filtered to high risk');
    const shown = (await items(page)).map((i) => i.label);
    for (const n of high) assert.ok(shown.includes(n), `${n} is listed`);
    for (const a of all.filter((x) => x.tier !== 'high')) assert.ok(!shown.includes(a.name), `${a.name} is not listed`);
    await shot(page, 'tour-high-risk');
    // English, then a reload: language, register and filter as left.
    await clickExact(page, 'English');
    await waitSaved(page);
    assert.ok(await hasLabel(page, 'Risk: High risk'));
    await page.reload();
    await waitReady(page);
    const s = await state(page);
    assert.equal(s.lang, 'en');
    assert.equal(s.activities.length, all.length);
    assert.ok(await hasLabel(page, 'Risk: High risk'), 'the filter survived the reload');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});
