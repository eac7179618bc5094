// The accessibility mirror (issue #14) in the browser: the canvas's controls as a hidden DOM
// tree with ARIA roles (web/a11y.js). axe-core finds no WCAG 2.1 A/AA violation on the main
// views (register, editor, wizard, dashboard); Playwright's accessibility snapshot names their
// controls; a screen reader's "activate" (a click on a mirror element) presses the ImGui item;
// live texts reach the aria-live regions; <html lang> follows the language switch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, state, click, clickExact, frames, waitSaved, testSite,
  artifacts, quickAdd, items,
} from './lib.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Runs axe-core on the page (WCAG 2.0/2.1 A and AA rules); returns its violations.
export async function axe(page) {
  // Evaluated through the DevTools protocol: the page's CSP does not apply to it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.html.slice(0, 200)) }));
  });
}

// Waits until the mirror shows an element of `role` whose name contains `name`.
export async function mirrorHas(page, role, name, timeout = 5000) {
  await page.waitForFunction(([r, n]) => [...document.querySelectorAll(`#a11y [role="${r}"]`)]
    .some((e) => (e.getAttribute('aria-label') || e.textContent).includes(n)), [role, name], { timeout });
}

// A screen reader's "activate" on the mirror element of `role` named `name`.
export async function activate(page, role, name) {
  const loc = page.getByRole(role, { name, exact: false }).first();
  await loc.dispatchEvent('click');
  await frames(page, 4);
  await page.waitForFunction(() => window.AirA11y.pending === null);
}

async function checkView(page, view, controls) {
  await frames(page, 3);
  await page.waitForFunction(() => window.AirA11y.pending === null);
  const snap = await page.locator('#a11y').ariaSnapshot();
  writeFileSync(join(artifacts, `a11y-${view}.aria.yml`), snap);
  for (const [role, name] of controls) {
    assert.ok(await page.getByRole(role, { name, exact: false }).count() > 0,
      `${view}: the accessibility snapshot names the ${role} "${name}"\n${snap.slice(0, 3000)}`);
  }
  const violations = await axe(page);
  console.log(`# a11y: ${view}: axe found ${violations.length} violations; ${snap.split('\n').length} lines of snapshot`);
  assert.deepEqual(violations, [], `${view}: axe violations`);
}

test('the mirror: axe finds nothing, the snapshot names the controls, activation and live texts work', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir(), { viewport: { width: 1366, height: 860 } });
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
    await mirrorHas(page, 'button', 'Register');
    // Activating the mirror's "English" button switches the language, and <html lang>.
    await activate(page, 'button', 'English');
    assert.equal((await state(page)).lang, 'en');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await mirrorHas(page, 'button', 'Settings');

    await click(page, 'Settings');
    await click(page, 'Load the example register');
    await waitSaved(page);
    // The save state went to the polite live region.
    await page.waitForFunction(() => document.getElementById('a11y-polite').textContent.length > 0);
    await activate(page, 'button', 'Register');
    await mirrorHas(page, 'row', '');
    await checkView(page, 'register', [['button', 'Dashboard'], ['button', 'Findings'], ['grid', 'Register'],
      ['columnheader', 'Name'], ['row', ''], ['textbox', '']]);

    // The editor: activating a row opens it.
    const firstRow = page.locator('#a11y [role="row"][aria-selected]').first();
    const rowName = (await firstRow.getAttribute('aria-label')) || (await firstRow.textContent());
    await firstRow.dispatchEvent('click');
    await frames(page, 5);
    assert.ok((await state(page)).selected, 'the row opened the editor');
    await checkView(page, 'editor', [['tab', ''], ['textbox', 'Name'], ['combobox', '']]);
    console.log(`# a11y: editor opened on "${rowName.trim().slice(0, 60)}"`);

    await activate(page, 'button', 'Dashboard');
    await checkView(page, 'dashboard', [['heading', 'Dashboard'], ['button', 'Register']]);

    await activate(page, 'button', 'Findings');
    await checkView(page, 'findings', [['heading', ''], ['combobox', '']]);

    // The wizard: a new activity, its AI Act tab, "Start screening".
    await activate(page, 'button', 'Register');
    await page.getByRole('button', { name: 'New', exact: true }).first().dispatchEvent('click');
    await frames(page, 5);
    await activate(page, 'tab', 'AI Act');
    await activate(page, 'button', 'Start screening');
    await checkView(page, 'wizard', [['button', 'Yes'], ['button', 'No']]);

    assert.deepEqual(errors, []);
  } finally {
    await ctx.close();
    await srv.close();
  }
});

// Issue #14: a finding that an edit raises for the open activity is announced politely, in the
// UI language (Dutch here): adding the special category "Gezondheid" (health) to the data
// categories raises the GDPR Art. 9 blocker.
test('an edit that raises a finding is announced in the polite live region', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir(), { viewport: { width: 1366, height: 860 } });
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);
    await quickAdd(page, 'Klantprofielen');
    await waitSaved(page);
    await mirrorHas(page, 'row', 'Klantprofielen');
    await activate(page, 'row', 'Klantprofielen');
    assert.ok((await state(page)).selected, 'the editor is open');
    await clickExact(page, 'Gegevens');
    // The second "+ Toevoegen" (the first adds data subjects): the data categories.
    const adds = (await items(page)).filter((it) => it.label.startsWith('+ Toevoegen')).sort((a, b) => a.y0 - b.y0);
    assert.equal(adds.length, 2, 'two tag lists on the data tab');
    await page.mouse.click((adds[1].x0 + adds[1].x1) / 2, (adds[1].y0 + adds[1].y1) / 2);
    await frames(page, 3);
    await click(page, 'Gezondheid');
    await page.mouse.click(5, 5);  // closes the menu
    await frames(page, 3);
    await page.waitForFunction(() => window.AirA11y.pending === null);
    await page.waitForFunction(() => document.getElementById('a11y-polite').textContent.includes('Nieuwe bevinding'),
      null, { timeout: 5000 }).catch(() => {});
    const polite = await page.evaluate(() => document.getElementById('a11y-polite').textContent);
    console.log(`# a11y: announced "${polite.slice(0, 300)}"`);
    assert.match(polite, /Nieuwe bevinding \(blokkerend\): .*art\. 9 lid 2 AVG/i, 'the new GDPR Art. 9 blocker is announced in Dutch');
    assert.deepEqual(errors, []);
  } finally {
    await ctx.close();
    await srv.close();
  }
});
