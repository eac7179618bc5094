// Compliance screens in the browser: the screening wizard on a new activity (its verdict read
// from the model), the Findings page and the Dashboard on the example register, and a chart
// saved as PNG through a real download (the heat map is read back from its WebGL texture).
// Screenshots: wizard question, wizard result, findings, dashboard (and the PNGs themselves).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, state, items, click, frames, shot,
  waitSaved, artifacts, testSite,
} from './lib.mjs';

const visible = (l) => { const i = l.indexOf('##'); return i < 0 ? l : l.slice(0, i); };

// The first widget whose visible label satisfies `pred`.
async function findBy(page, pred) {
  await page.mouse.move(2, 2);
  await frames(page, 2);
  return (await items(page)).find((it) => pred(it.label, visible(it.label))) || null;
}

// Hovers first: rows that overlap other widgets (ImGui's AllowOverlap) take a click only
// after they were hovered for a frame, as with a real mouse.
async function clickItem(page, it) {
  await page.mouse.move((it.x0 + it.x1) / 2, (it.y0 + it.y1) / 2);
  await frames(page, 2);
  await page.mouse.click((it.x0 + it.x1) / 2, (it.y0 + it.y1) / 2);
  await frames(page, 3);
}

async function clickBy(page, what, pred) {
  const it = await findBy(page, pred);
  if (!it) throw new Error(`no widget for ${what}`);
  await clickItem(page, it);
}

// PNG signature, IHDR first, IEND last; returns [width, height].
function checkPng(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  assert.equal(bytes.toString('latin1', bytes.length - 8, bytes.length - 4), 'IEND');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the screening wizard gives a verdict, findings and dashboard show the register, a chart saves as PNG', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir(), { viewport: { width: 1366, height: 860 } });
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);
    await click(page, 'English');

    // A new activity, then its screening.
    await clickBy(page, 'New', (l, v) => v.trim().endsWith('New'));
    await frames(page, 3);
    let s = await state(page);
    assert.equal(s.activities.length, 1);
    const id = s.activities[0].id;
    assert.equal(s.selected, id);
    assert.equal(s.activities[0].tier, 'unassessed');
    // The editor's finding "No AI Act screening yet" jumps to the screening section; the
    // findings box scrolls, so scroll it to the end first.
    const first = await findBy(page, (l, v) => v.startsWith('No purpose recorded'));
    assert.ok(first, 'the editor lists the findings');
    await page.mouse.move((first.x0 + first.x1) / 2, (first.y0 + first.y1) / 2);
    await page.mouse.wheel(0, 600);
    await frames(page, 3);
    const unscreened = await findBy(page, (l, v) => v.startsWith('No AI Act screening yet'));
    assert.ok(unscreened, 'the unscreened finding');
    await page.mouse.move((first.x0 + first.x1) / 2, (first.y0 + first.y1) / 2);
    await page.mouse.wheel(0, 600);
    await frames(page, 3);
    const again = (await items(page)).find((it) => visible(it.label).startsWith('No AI Act screening yet'));
    await clickItem(page, again);
    await click(page, 'Start screening');
    await frames(page, 3);
    assert.ok(await findBy(page, (l, v) => v.endsWith('  Yes')), 'the wizard shows a yes/no question');
    await shot(page, 'compliance-wizard-question');

    // First the AI Act role ("Did you build it, or does it carry your name?"): no, a deployer.
    assert.ok(await findBy(page, (l, v) => v.startsWith('Built it or your name on it')), 'the role question comes first');
    await clickBy(page, 'No', (l, v) => v.endsWith('  No'));
    // A chatbot: it talks with people; everything else "no", no Annex III area.
    await clickBy(page, 'Yes', (l, v) => v.endsWith('  Yes'));
    for (let guard = 0; guard < 40; guard++) {
      const no = await findBy(page, (l, v) => v.endsWith('  No'));
      if (no) { await clickItem(page, no); continue; }
      const none = await findBy(page, (l, v) => v.endsWith('None of these'));
      if (none) {
        await clickItem(page, none);
        await clickBy(page, 'Next', (l, v) => v.startsWith('Next'));
        continue;
      }
      break;
    }
    assert.ok(await findBy(page, (l, v) => v.includes('Save screening')), 'the result page');
    await shot(page, 'compliance-wizard-result');
    s = await state(page);
    assert.equal(s.activities[0].tier, 'unassessed', 'nothing is written before Save');
    await clickBy(page, 'Save screening', (l, v) => v.includes('Save screening'));
    await waitSaved(page);
    s = await state(page);
    assert.equal(s.activities.find((a) => a.id === id).tier, 'limited');

    // The example register: findings and dashboard.
    await click(page, 'Settings');
    await click(page, 'Load the example register');
    await frames(page, 4);
    s = await state(page);
    assert.ok(s.activities.length >= 20, `example has ${s.activities.length} activities`);
    await click(page, 'Findings');
    assert.ok(await findBy(page, (l, v) => /^Blocker {2}\d+$/.test(v)), 'severity counts on the Findings page');
    await shot(page, 'compliance-findings');

    await click(page, 'Dashboard');
    await frames(page, 4);
    await shot(page, 'compliance-dashboard');
    for (const chart of ['heatmap', 'tiers']) {
      const button = await findBy(page, (l) => l.endsWith(`##png_${chart}`));
      assert.ok(button, `Save as PNG for ${chart}`);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10000 }),
        clickItem(page, button),
      ]);
      assert.match(download.suggestedFilename(), new RegExp(`-${chart}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
      const file = await download.path();
      const [w, h] = checkPng(readFileSync(file));
      assert.ok(w > 200 && h > 100, `${chart} PNG is ${w}x${h}`);
      copyFileSync(file, join(artifacts, `compliance-${chart}.png`));
    }
    await shot(page, 'compliance-dashboard-after-export');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});
