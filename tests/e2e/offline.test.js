// Offline use: after one visit the service worker serves every asset, so
// the page loads and analyses with the network off; and the single-file
// build works opened straight from disk, analysing on the main thread.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DIST, dropFiles, fixed, fixture, launch, openDemo, openView, tableRows, waitForFiles, waitForSamples } from './browser.js';

const cli = fileURLToPath(new URL('../../bin/newslens.js', import.meta.url));

test('after the first visit the page works with the network off', async () => {
  const demo = await openDemo();
  try {
    const { page, context, url, errors } = demo;
    await page.goto(url);
    await waitForSamples(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    });
    await context.setOffline(true);
    const failed = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.reload();
    await waitForSamples(page);
    await dropFiles(page, '#drop-zone', [fixture('lantern-bridge.txt')]);
    await waitForFiles(page, ['lantern-bridge.txt']);
    assert.equal(await page.textContent('.status'), '1 file: 1 article, 112 words.');
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
  } finally {
    await demo.close();
  }
});

test('dist/newslens.html works from file://, on the main thread, with a visible note', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    const requests = [];
    page.on('pageerror', (error) => errors.push(error));
    page.on('request', (request) => requests.push(request.url().slice(0, 40)));
    await page.goto(`file://${DIST}newslens.html`);
    await waitForSamples(page);
    assert.match(await page.textContent('.note'), /main thread, because browsers start no workers for a page opened from disk/);
    assert.ok(await page.isVisible('.note'));

    await dropFiles(page, '#drop-zone', [fixture('lantern-bridge.txt')]);
    await waitForFiles(page, ['lantern-bridge.txt']);
    assert.equal(await page.textContent('.status'), '1 file: 1 article, 112 words.');
    await openView(page, 'Keywords');
    const cliReport = JSON.parse(spawnSync(process.execPath, [cli, '--json', fixture('lantern-bridge.txt')], { encoding: 'utf8' }).stdout);
    assert.deepEqual(
      await tableRows(page, 'Keywords'),
      cliReport.keywords.map((k) => [k.term, String(k.count), String(k.docs), fixed(k.per10k, 1), fixed(k.dp, 2)]),
    );
    assert.ok(requests.every((url) => url.startsWith('file://') || url.startsWith('data:')), requests.join(' '));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
