// A register linked to a file on disk (File System Access): the API's file handles come from
// the origin-private file system (real FileSystemFileHandle objects), handed to the page in
// place of the pickers. Each change reaches the file; a change made to the file elsewhere is
// taken in and merged; the link survives a reload; other browsers are told plainly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfileDir, waitReady, state, click, typeText, waitSaved, frames, shot, testSite,
  clickExact, quickAdd,
} from './lib.mjs';

const names = async (page) => (await state(page)).activities.map((a) => a.name).sort();

// The pickers answer with a handle on a file in the origin-private file system.
async function offerFile(page, fileName) {
  await page.evaluate(async (n) => {
    const root = await navigator.storage.getDirectory();
    window.airHandle = await root.getFileHandle(n, { create: true });
    window.showSaveFilePicker = async () => window.airHandle;
    window.showOpenFilePicker = async () => [window.airHandle];
  }, fileName);
}
// The linked-file card sits at the end of the Import / export page: scroll down to it.
async function toLinkCard(page) {
  await click(page, 'Import / export');
  await page.mouse.move(700, 450);
  for (let i = 0; i < 4; i++) { await page.mouse.wheel(0, 800); await frames(page, 2); }
}
const readFile = (page) => page.evaluate(async () => JSON.parse(await (await window.airHandle.getFile()).text()));
async function writeFile(page, reg) {
  await page.evaluate(async (text) => {
    const w = await window.airHandle.createWritable();
    await w.write(text);
    await w.close();
  }, JSON.stringify(reg, null, 2));
}
async function waitFile(page, pred, what) {
  for (let i = 0; i < 60; i++) {
    const f = await readFile(page).catch(() => null);
    if (f && pred(f)) return f;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the linked file never showed ${what}`);
}

test('a linked file gets every change and its own changes on disk are taken in and merged', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await quickAdd(page, 'Leadscoring');
    await waitSaved(page);
    await offerFile(page, 'team.air.json');
    await toLinkCard(page);
    await shot(page, 'linked-not-linked');
    await click(page, 'Opslaan in een nieuw bestand en koppelen');
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).linked.linked === true, null, { timeout: 10000 });
    let file = await waitFile(page, (f) => f.activities.length === 1, 'the register');
    assert.equal(file.activities[0].name, 'Leadscoring');
    await shot(page, 'linked-linked');

    // A change in the page reaches the file.
    await click(page, 'Register');
    await quickAdd(page, 'Chatbot');
    file = await waitFile(page, (f) => f.activities.length === 2, 'the added activity');

    // A colleague's change arrives in the file (a git pull): the page takes it in.
    file.activities.push({ ...file.activities[0], id: '6d1f0f8e-6a52-4b8e-9d1e-1f2a3b4c5d6e', name: 'Van een collega' });
    await writeFile(page, file);
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).activities.length === 3, null, { timeout: 15000 });
    assert.deepEqual(await names(page), ['Chatbot', 'Leadscoring', 'Van een collega']);

    // Both sides change before the page notices: a local addition and a new one in the file.
    // Neither is lost, and the file ends up with both.
    file = await readFile(page);
    file.activities.push({ ...file.activities[0], id: '0c9a8b7d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', name: 'Prijzen' });
    await writeFile(page, file);
    await quickAdd(page, 'Lokaal');
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).activities.length === 5, null, { timeout: 15000 });
    file = await waitFile(page, (f) => f.activities.length === 5, 'both additions');
    assert.deepEqual(file.activities.map((a) => a.name).sort(), ['Chatbot', 'Leadscoring', 'Lokaal', 'Prijzen', 'Van een collega']);

    // The same field changed on both sides: the merge keeps this copy's value, shows the
    // conflict, and the user takes the other copy's value.
    const chatbot = (await state(page)).activities.find((a) => a.name === 'Chatbot');
    await click(page, 'Chatbot');
    assert.equal((await state(page)).selected, chatbot.id);
    await clickExact(page, 'Naam');
    await page.keyboard.press('Control+A');
    await typeText(page, 'Chatbot lokaal');
    await page.keyboard.press('Enter');
    await frames(page, 2);
    file = await readFile(page);
    file.activities.find((a) => a.id === chatbot.id).name = 'Chatbot extern';
    await writeFile(page, file);
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).openConflicts === 1, null, { timeout: 15000 });
    assert.ok((await names(page)).includes('Chatbot lokaal'), 'this copy\'s value is kept until the user chooses');
    await page.keyboard.press('Escape');
    await frames(page, 2);
    await shot(page, 'linked-conflict-banner');
    await click(page, 'Oplossen');
    await shot(page, 'linked-conflict-list');
    await click(page, 'Die van de andere versie nemen');
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).openConflicts === 0, null, { timeout: 10000 });
    assert.ok((await names(page)).includes('Chatbot extern'));
    file = await waitFile(page, (f) => !f.conflicts && f.activities.some((a) => a.name === 'Chatbot extern'), 'the resolved name');

    // The link survives a reload.
    await waitSaved(page);
    await page.reload();
    await waitReady(page);
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).linked.linked === true, null, { timeout: 10000 });
    assert.equal((await state(page)).linked.name, 'team.air.json');
  } finally { await ctx.close(); await srv.close(); }
});

test('opening an existing register file links it and fills the register', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await offerFile(page, 'bestaand.air.json');
    await writeFile(page, {
      format: 'ai-activity-register', format_version: 1, organisation: 'Team Noord',
      activities: [{ id: '3f1e2d3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f', name: 'Churnvoorspelling' }],
    });
    await toLinkCard(page);
    await click(page, 'Bestaand registerbestand openen en koppelen');
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).activities.length === 1, null, { timeout: 10000 });
    const s = await state(page);
    assert.equal(s.organisation, 'Team Noord');
    assert.equal(s.linked.name, 'bestaand.air.json');
  } finally { await ctx.close(); await srv.close(); }
});

test('without the File System Access API the page says that linking needs Chrome or Edge', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    await ctx.addInitScript(() => {
      delete window.showOpenFilePicker; delete window.showSaveFilePicker;
      window.showOpenFilePicker = undefined; window.showSaveFilePicker = undefined;
    });
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await toLinkCard(page);
    const s = await state(page);
    assert.equal(s.linked.supported, false);
    await shot(page, 'linked-unsupported');
  } finally { await ctx.close(); await srv.close(); }
});
