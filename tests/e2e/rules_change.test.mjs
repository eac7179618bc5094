// Rule set 2026.12 in the browser: a register file saved under 2026.11 (no "rules_version",
// like the example register of the previous round) is imported into a new register; the page
// then says the newer rules judge its activities differently, lists the changes, and "Mark as
// seen" stores the rule set in the register, which survives a reload and goes into the export.
// Screenshots: the banner and the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, state, click, frames, shot, waitSaved,
  typeText, findItem, items, testSite,
} from './lib.mjs';

const root = join(import.meta.dirname, '..', '..');

test('a register saved under rules 2026.11 shows what changed under 2026.12; marked as seen it stays seen', async () => {
  const srv = await serve(testSite);
  const profile = newProfileDir();
  let ctx = await launch(profile, { locale: 'en-GB' });
  try {
    let page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);
    await click(page, 'English');
    // A new register starts under the newest rules: no banner.
    await click(page, 'Settings');
    await click(page, 'New register');
    await typeText(page, 'Older file');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => JSON.parse(UTF8ToString(Module._air_test_state())).register === 'Older file',
      null, { timeout: 10000 });
    await frames(page, 3);
    assert.equal(await findItem(page, 'See what changed'), null, 'a new register has nothing to review');

    // The example register file as the previous round wrote it: no rules_version (frozen for
    // the 2026.11 goldens of the CLI test).
    const older = readFileSync(join(root, 'tests', 'cli', 'data', 'example_register_2026_11.json'));
    assert.ok(!older.toString().includes('"rules_version"'));
    await click(page, 'Import / export');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 10000 }),
      click(page, 'Choose file'),
    ]);
    await chooser.setFiles({ name: 'register-2026-11.json', mimeType: 'application/json', buffer: older });
    await page.waitForFunction(() => {
      const items = JSON.parse(UTF8ToString(Module._air_test_items()));
      return items.some((it) => /Import \d+ activities/.test(it.label));
    }, null, { timeout: 10000 }).catch(async (e) => {
      await shot(page, 'rules-change-debug');
      console.log((await items(page)).map((it) => it.label).join(' | '));
      throw e;
    });
    const importButton = (await items(page)).find((it) => /Import \d+ activities/.test(it.label));
    await page.mouse.click((importButton.x0 + importButton.x1) / 2, (importButton.y0 + importButton.y1) / 2);
    await frames(page, 4);
    assert.ok((await state(page)).activities.length > 10);
    assert.ok(await findItem(page, 'See what changed'), 'the banner offers the list');
    await shot(page, 'rules-change-banner');

    await click(page, 'See what changed');
    await frames(page, 4);
    assert.ok(await findItem(page, 'Mark as seen'), 'the list is open');
    await shot(page, 'rules-change-list');
    await click(page, 'Mark as seen');
    await frames(page, 3);
    assert.equal(await findItem(page, 'See what changed'), null, 'seen: the banner is gone');
    await waitSaved(page);
    assert.deepEqual(errors, []);
    await ctx.close();

    // After a browser restart the register still counts as seen.
    ctx = await launch(profile, { locale: 'en-GB' });
    page = await ctx.newPage();
    await page.goto(srv.url);
    await waitReady(page);
    await frames(page, 4);
    assert.equal((await state(page)).register, 'Older file');
    assert.equal(await findItem(page, 'See what changed'), null);
  } finally { await ctx.close(); await srv.close(); }
});
