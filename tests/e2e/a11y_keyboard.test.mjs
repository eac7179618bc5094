// Keyboard alone (issue #14): add an activity, screen it, and export the review report without
// touching the mouse. Only page.keyboard is used; the test reads which control has the focus
// from the accessibility mirror (web/a11y.js), as a screen reader user hears it. Tab moves
// within a region (Dear ImGui's navigation), F6 to the next region (the skip link).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, state, frames, waitSaved, testSite, shot,
} from './lib.mjs';

// The focused control as "role name" (what a screen reader announces).
async function focused(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    return `${a.getAttribute('role') || a.tagName.toLowerCase()} ${a.getAttribute('aria-label') || a.textContent || ''}`;
  });
}

// Presses where the DOM focus sat on the bare hidden text input while ImGui had a keyboard focus
// and no text field was being edited (a screen reader would announce nothing useful there).
const bare = [];

async function press(page, key) {
  await page.keyboard.press(key);
  await frames(page, 2);
  await page.waitForFunction(() => window.AirA11y.pending === null);  // the mirror is up to date
  const where = await page.evaluate(() => {
    const A = window.AirA11y;
    const onInput = document.activeElement === window.AirPlatform.ta;
    return onInput && A.textId === '0' && A.navId !== '0' ? `navId ${A.navId}` : null;
  });
  if (where) bare.push(`${key}: ${where}`);
}

// The region (ImGui window) of the focused control and of the first control matching `re`.
async function regions(page, re) {
  return page.evaluate(([src, flags]) => {
    const re = new RegExp(src, flags);
    const A = window.AirA11y;
    const cur = A.keys.get(A.navId);
    const want = A.items.find((r) => re.test(`${r.role} ${r.name}`) && !(r.state & 16));
    return { cur: cur ? cur.win : null, want: want ? want.win : null };
  }, [re.source, re.flags]);
}

// Moves the keyboard focus to the control whose role and name match `re`, as a user who sees
// (or has heard) where it is: F6 to its region, then Tab to it.
async function reach(page, re, what) {
  const seen = [];
  let lost = 0;  // presses with the focus on something the mirror does not show
  for (let step = 0; step < 80; step++) {
    const f = await focused(page);
    seen.push(f);
    if (re.test(f)) return f;
    const { cur, want } = await regions(page, re);
    if (want === null) throw new Error(`keyboard: ${what} is not on screen`);
    lost = cur === null ? lost + 1 : 0;
    await press(page, cur === want || (cur === null && lost < 4) ? 'Tab' : 'F6');
  }
  throw new Error(`keyboard: could not reach ${what}; focus went through:\n${[...new Set(seen)].join('\n')}`);
}

async function activate(page, re, what) {
  const f = await reach(page, re, what);
  await press(page, 'Enter');
  await frames(page, 3);
  return f;
}

test('keyboard alone: add an activity, screen it, export the review report', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir(), { viewport: { width: 1366, height: 860 } });
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);

    // Add: the quick-add field (F6 / Tab open a text field for typing), a name, Enter.
    await press(page, 'Tab');
    await reach(page, /^(textbox|textarea) Naam van een nieuwe AI-activiteit/, 'the quick-add field');
    if ((await focused(page)).startsWith('textbox')) await press(page, 'Enter');  // open it for typing
    await page.keyboard.type('Chatbot klantenservice', { delay: 10 });
    await press(page, 'Enter');
    let s = await state(page);
    assert.equal(s.activities.length, 1, 'the activity was added');
    assert.equal(s.activities[0].name, 'Chatbot klantenservice');

    // Open it: its row in the register table.
    await activate(page, /^row Chatbot klantenservice/, 'the new row');
    s = await state(page);
    assert.equal(s.selected, s.activities[0].id, 'Enter on the row opens the editor');

    // Screen it: the AI Act tab, "Start screening", then the wizard's questions.
    await activate(page, /^tab AI-verordening/, 'the AI Act tab');
    await activate(page, /^button Screening starten/, 'Start screening');
    await shot(page, 'a11y-keyboard-wizard');
    // The first question is the role ("built it or your name on it?"): no. Then: it talks with
    // people, yes; everything else no; no Annex III area.
    await activate(page, /^button Nee$/, 'the first "No"');
    await activate(page, /^button Ja$/, 'a "Yes"');
    for (let guard = 0; guard < 40; guard++) {
      const f = await focused(page);
      if (/Screening opslaan/.test(f)) break;
      const names = await page.evaluate(() => [...document.querySelectorAll('#a11y [role="button"], #a11y [role="radio"]')]
        .filter((e) => e.getAttribute('aria-disabled') !== 'true').map((e) => e.textContent));
      if (names.includes('Screening opslaan')) break;
      if (names.includes('Nee')) { await activate(page, /^button Nee$/, '"No"'); continue; }
      if (names.some((n) => n.startsWith('Geen van deze'))) {
        await activate(page, /^(button|radio|checkbox) Geen van deze/, '"None of these"');
        await activate(page, /^button Volgende/, '"Next"');
        continue;
      }
      break;
    }
    await activate(page, /^button .*Screening opslaan/, '"Save screening"');
    await waitSaved(page);
    s = await state(page);
    assert.equal(s.activities[0].tier, 'limited', 'the screening was saved (a chatbot: limited risk)');
    // The saved screening resolved a finding ("no screening yet"): announced politely, in Dutch
    // (a11y.test.mjs checks a finding an edit raises).
    await frames(page, 3);
    await page.waitForFunction(() => window.AirA11y.pending === null);
    const polite = await page.evaluate(() => document.getElementById('a11y-polite').textContent);
    console.log(`# a11y keyboard: announced "${polite.slice(0, 300)}"`);
    assert.match(polite, /Bevinding opgelost: /, 'a resolved finding is announced');

    // Export: Import / export in the navigation, the review report (HTML).
    await activate(page, /^button Import \/ export/, 'Import / export');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15000 }),
      (async () => {
        await reach(page, /^button Download \.html/, 'Download .html (the review report)');
        const f = await focused(page);
        console.log(`# a11y keyboard: export with "${f}"`);
        await press(page, 'Enter');
      })(),
    ]);
    const html = readFileSync(await download.path(), 'utf8');
    assert.match(download.suggestedFilename(), /\.html$/);
    assert.ok(html.includes('Chatbot klantenservice'), 'the report lists the activity');
    console.log(`# a11y keyboard: exported ${download.suggestedFilename()} (${html.length} bytes) by keyboard alone`);
    assert.deepEqual(bare, [], 'the focus never sat on the bare text input outside a text field edit');
    assert.deepEqual(errors, []);
  } finally {
    await ctx.close();
    await srv.close();
  }
});
