// The team's own framework in the browser (issue #10): in presenter mode the example workshop
// adopts the proposed red line after a show of hands; the touched activity's editor lists it;
// a reload brings it back from IndexedDB (store schema v4). Screenshots of the board, the
// editor and the workshop page's tab go to build/artifacts/e2e (look at them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfileDir, watchConsole, waitReady, click, frames, shot, findItem, waitSaved, state, testSite, loadExample,
} from './lib.mjs';

const RED_LINE = 'Geen emotieherkenning bij klanten of medewerkers';

test('framework: a workshop adopts a red line that then shows on the activity it touches, and survives a reload', async () => {
  const srv = await serve(testSite);
  const ctx = await launch(newProfileDir());
  try {
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    const errors = watchConsole(page);
    await page.goto(srv.url);
    await waitReady(page);
    await loadExample(page);
    const before = (await state(page)).framework;
    assert.equal(before.length, 4, 'the example carries four framework items');
    assert.equal(before.find((f) => f.text === RED_LINE).status, 'proposed');

    await click(page, 'Workshops');
    await click(page, 'Presentatiemodus starten');
    await click(page, 'Ons kader tonen');
    assert.ok(await findItem(page, 'Rode lijn: Geen kredietproducten als suggestie'), 'the adopted items are listed');
    await click(page, `Rode lijn: ${RED_LINE}`);
    await click(page, '+1 Voor');
    await click(page, 'Vaststellen');
    await waitSaved(page);
    await shot(page, 'framework-presenter');
    const adopted = (await state(page)).framework.find((f) => f.text === RED_LINE);
    assert.equal(adopted.status, 'adopted');
    assert.equal(adopted.for, 7);

    // Back to the activities and out of presenter mode; the emotion recognition activity
    // (it is screened as emotion recognition) now lists the red line beside its findings.
    await click(page, 'De activiteiten tonen');
    await page.keyboard.press('Escape');
    await frames(page, 3);
    await click(page, 'Register');
    await click(page, 'Emotieherkenning in klantgesprekken');
    await frames(page, 3);
    assert.ok(await findItem(page, `Rode lijn: ${RED_LINE}`), 'the editor shows the adopted red line');
    await shot(page, 'framework-editor');

    // A click on it opens the workshop page's "Ons kader" tab with the item chosen.
    await click(page, `Rode lijn: ${RED_LINE}`);
    await frames(page, 3);
    assert.ok(await findItem(page, 'Intrekken'), 'the adopted item is shown with "Intrekken"');
    await shot(page, 'framework-tab');

    // Saved in IndexedDB: a reload has it.
    await page.reload();
    await waitReady(page);
    const after = (await state(page)).framework.find((f) => f.text === RED_LINE);
    assert.equal(after.status, 'adopted', 'adopted after the reload');
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});
