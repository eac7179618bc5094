// Workshop mode in the browser: load the example register (Settings), open its workshop in
// presenter mode, vote, write a note, add an action, run the timer, leave with Esc, and
// download the session report. Screenshots of the list and presenter mode go to
// build/artifacts/e2e (look at them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, click, frames, shot, findItem, items, waitSaved,
  testSite, loadExample,
} from './lib.mjs';

// Types one key per rendered frame. The page renders a few frames per input event and Dear
// ImGui takes about one key event per frame, so a fast burst of synthetic keys can outrun the
// (software-rendered) frames; keys left over wait for the next event.
async function typeSlow(page, text) {
  for (const ch of text) {
    await page.keyboard.type(ch);
    await frames(page, 1);
  }
  await frames(page, 2);
}

// Clicks a point that holds no widget (leaves the active text field).
async function clickBlank(page, x, y) {
  await page.mouse.click(x, y);
  await frames(page, 3);
}

test('workshop: present the example workshop, vote, note, action, timer, report', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);

    // The example register carries one workshop.
    await loadExample(page);
    await click(page, 'Workshops');
    assert.ok(await findItem(page, 'Presentatiemodus starten'), 'the example workshop is listed and selected');
    assert.ok(await findItem(page, 'Verslag downloaden (HTML)'));
    await shot(page, 'workshop-list');

    // Presenter mode.
    await click(page, 'Presentatiemodus starten');
    assert.ok(await findItem(page, 'Presentatiemodus verlaten'));
    assert.ok(await findItem(page, 'Aantekeningen bij Transparantie en uitlegbaarheid'));
    await shot(page, 'workshop-presenter');

    // Vote: the big + of "Groen" adds one (the example had 3 green votes on transparency).
    await click(page, '+1 Groen');
    await click(page, '+1 Rood');
    await waitSaved(page);

    // A note, committed when the field is left.
    const note = await click(page, 'Aantekeningen bij Transparantie');
    await frames(page, 2);
    await typeSlow(page, 'Welkomsttekst: "u praat met een bot" & <geen> verrassingen');
    await clickBlank(page, note.x0 + 4, note.y0 - 8);
    await waitSaved(page);

    // An action (Enter adds it), then its owner on its row.
    await click(page, 'Nieuwe actie');
    await typeSlow(page, 'Welkomsttekst aanpassen');
    await page.keyboard.press('Enter');
    await frames(page, 3);
    await click(page, 'Eigenaar van: Welkomsttekst aanpassen');
    await typeSlow(page, 'Noor');
    await page.keyboard.press('Enter');
    await frames(page, 3);
    await waitSaved(page);

    // Keys: right arrow to the next principle.
    await clickBlank(page, 8, 300);
    await page.keyboard.press('ArrowRight');
    await frames(page, 3);
    assert.ok(await findItem(page, 'Aantekeningen bij Eerlijkheid en bias'), 'right arrow: next principle');
    await page.keyboard.press('ArrowLeft');
    await frames(page, 3);

    // The timer runs (rendering on wake-ups only) and counts down.
    await click(page, 'Timer starten');
    await page.waitForTimeout(2300);
    await frames(page, 2);
    await page.mouse.move(2, 2);
    await frames(page, 2);
    const timer = (await items(page)).find((it) => /^Timer \d\d:\d\d, /.test(it.label));
    assert.ok(timer, 'the timer is on screen');
    assert.match(timer.label, /^Timer 09:5[5-8], loopt$/);
    await click(page, 'Timer pauzeren');
    await shot(page, 'workshop-presenter-voted');

    // Esc leaves presenter mode; the report carries the vote, the note and the action.
    await clickBlank(page, 8, 300);
    await page.keyboard.press('Escape');
    await frames(page, 3);
    assert.equal(await findItem(page, 'Presentatiemodus verlaten'), null);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10000 }),
      click(page, 'Verslag downloaden (HTML)'),
    ]);
    assert.match(download.suggestedFilename(), /^workshop-ethiekworkshop-ai-in-marketing-najaar-2026-2026-10-14\.html$/);
    const path = await download.path();
    const html = (await import('node:fs')).readFileSync(path, 'utf8');
    assert.ok(html.includes('Welkomsttekst: &quot;u praat met een bot&quot; &amp; &lt;geen&gt; verrassingen'), 'the note, escaped');
    assert.ok(html.includes('Welkomsttekst aanpassen'), 'the action');
    assert.ok(!/<script/i.test(html), 'no script');
    assert.ok(!/https?:\/\//i.test(html), 'no URL');
    // Votes: transparency for the first activity was 3 / 4 / 1 in the example, now 4 / 4 / 2.
    assert.ok(/Transparantie en uitlegbaarheid<\/td><td class="num"><span class="dot g"><\/span>4<\/td><td class="num"><span class="dot a"><\/span>4<\/td><td class="num"><span class="dot r"><\/span>2<\/td>/.test(html),
      'the new votes are in the report');
    await shot(page, 'workshop-list-after');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});
