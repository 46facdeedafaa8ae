// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core (never a downloaded browser), and dist/ (or another
// folder) served on 127.0.0.1. Playwright's CSS selectors reach into the
// widget's open shadow root.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const fixture = (relative) => fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

export const launch = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** The file that `action` makes `page` download: `{ name, bytes }`. */
export async function downloaded(page, action) {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Serves `directory` and starts the browser; `close()` stops both. */
export async function openDemo({ directory = DIST, contextOptions = {} } = {}) {
  const { server, url } = await serve(directory);
  const browser = await launch();
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('dialog', (dialog) => {
    errors.push(new Error(`a dialog opened: ${dialog.message()}`));
    dialog.dismiss();
  });
  return {
    browser,
    context,
    page,
    url,
    errors,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Drops files the way a user's drag and drop does. Each file is a path on
 * disk or { name, text } / { name, bytes }.
 */
export async function dropFiles(page, selector, files) {
  const payload = files.map((file) =>
    typeof file === 'string'
      ? { name: basename(file), bytes: [...readFileSync(file)] }
      : { name: file.name, bytes: file.bytes ? [...file.bytes] : [...Buffer.from(file.text)] },
  );
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const { name, bytes } of files) transfer.items.add(new File([new Uint8Array(bytes)], name));
    return transfer;
  }, payload);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** The demo's samples: whatever is in www/samples/ (other branches add to it). */
const samplesDirectory = fileURLToPath(new URL('../../www/samples/', import.meta.url));
export const SAMPLES = readdirSync(samplesDirectory)
  .filter((name) => !name.startsWith('.') && statSync(`${samplesDirectory}${name}`).isFile())
  .sort();

/**
 * Waits until every file named is in the file list and the analysis is over
 * (the status line has its closing summary, "N files: …").
 */
export async function waitForFiles(page, names) {
  await page.waitForFunction((names) => {
    const root = document.querySelector('news-lens')?.shadowRoot;
    if (!/^[\d,]+ files?: /.test(root?.querySelector('.status')?.textContent ?? '')) return false;
    const listed = [...root.querySelectorAll('.files tbody tr td:first-child')].map((cell) => cell.textContent);
    return names.every((name) => listed.includes(name));
  }, names);
}

export const waitForSamples = (page) => waitForFiles(page, SAMPLES);

/** Waits until the widget's status line matches `pattern`. */
export async function waitForStatus(page, pattern) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('news-lens')?.shadowRoot?.querySelector('.status')?.textContent ?? ''),
    pattern.source,
  );
}

/** The cell texts of the table captioned `caption` (rows in the DOM only). */
/** A number as the widget shows it: grouped, with `digits` decimals. */
export const fixed = (value, digits) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const tableRows = (page, caption) =>
  page.$$eval(`section.table:has(> h3:text-is("${caption}")) tbody tr:not(.spacer)`, (rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent)),
  );

export const VIEWS = ['Overview', 'Keywords', 'Outlets', 'Stories', 'Quotes', 'Reader'];

/**
 * Saves test-output/screenshots/<prefix>-<view>-<scheme>-<width>.png of every
 * view, light and dark, 1200 and 320 px wide, and returns the widest the page
 * became at each width (it must never scroll sideways).
 */
export async function screenshotEveryView(page, prefix) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const widest = {};
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1200, 320]) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of VIEWS) {
        await openView(page, view);
        await page.screenshot({ path: `${SCREENSHOTS}${prefix}-${view.toLowerCase()}-${scheme}-${width}.png`, fullPage: true });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        widest[width] = Math.max(widest[width] ?? 0, scrollWidth);
      }
    }
  }
  return widest;
}

/** Selects a view by its tab, as a user clicking it would. */
export async function openView(page, label) {
  await page.getByRole('tab', { name: label }).click();
  await page.waitForSelector(`[role="tab"][aria-selected="true"]:text-is("${label}")`);
}

/**
 * Text in the widget whose contrast with what is behind it is below WCAG AA
 * (4.5:1, or 3:1 for large text), as [text, ratio] pairs. Backgrounds are
 * composited up through the ancestors, across the shadow boundary.
 */
export const contrastFailures = (page) =>
  page.evaluate(() => {
    const parse = (value) => {
      const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      if (value.startsWith('color(srgb')) return { rgb: numbers.slice(0, 3).map((n) => n * 255), alpha: numbers[3] ?? 1 };
      return { rgb: numbers.slice(0, 3), alpha: numbers[3] ?? 1 };
    };
    const over = (top, bottom) => top.rgb.map((channel, i) => channel * top.alpha + bottom[i] * (1 - top.alpha));
    const parentOf = (node) => node.parentElement ?? node.getRootNode().host ?? null;
    function background(node) {
      const layers = [];
      for (let at = node; at; at = parentOf(at)) layers.push(parse(getComputedStyle(at).backgroundColor));
      return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255]);
    }
    const luminance = (rgb) =>
      rgb.map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const failures = [];
    const root = (document.querySelector('news-lens') ?? document.querySelector('#widget')).shadowRoot;
    for (const node of root.querySelectorAll('*')) {
      const own = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent.trim());
      const style = getComputedStyle(node);
      if (!own || !node.getClientRects().length || style.visibility === 'hidden' || node.closest('svg') || node.closest('.tip, .sr-only')) continue;
      const bg = background(node);
      const fg = over(parse(style.color), bg);
      const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5) && !node.closest('button:disabled')) failures.push([node.textContent.trim().slice(0, 40), Number(ratio.toFixed(2))]);
    }
    return failures;
  });
