// `npm run bench`: the throughput of the built wasm (pkg/, `npm run build`
// first) in headless Chromium on corpora of 1, 10 and 50 MB made from the
// abp-dev evaluation articles, against wink-nlp, compromise and a plain-JS
// split-and-count baseline in the same run, with the peak wasm memory and
// the download sizes. The articles are read from $NEWSLENS_DATA/abp-dev
// (default ../shared/data) and handed to the page from memory, except for
// the pick from disk, whose files are written to a temporary folder and
// removed after it. Without the data the benchmark says so and exits.
// BENCH_SIZES=10 (or 1,10, or 100) runs only those sizes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { openDemo, REPOSITORY } from '../tests/e2e/browser.js';

const DATA = process.env.NEWSLENS_DATA ?? new URL('../../shared/data', import.meta.url).pathname;
const ARTICLES = `${DATA}/abp-dev/jsons`;
const SIZES_MB = (process.env.BENCH_SIZES ?? '1,10,50').split(',').map(Number);
// wink-nlp and compromise run at a few MB/s: they are timed on the 1 MB corpus only.
const COMPETITORS_UP_TO_MB = 1;

if (!existsSync(ARTICLES)) {
  console.log(`bench: skipped, no evaluation data at ${ARTICLES} (set NEWSLENS_DATA)`);
  process.exit(0);
}

/** The articles' paragraphs, title first, in file order. */
function paragraphsOfArticles() {
  return readdirSync(ARTICLES)
    .sort()
    .map((name) => JSON.parse(readFileSync(`${ARTICLES}/${name}`, 'utf8')))
    .map((article) => [article.title, ...String(article.content_original ?? article.content).split(/\n\s*\n/)]);
}

/**
 * Plain-text files of about `megabytes` MB. The first round is the articles
 * as they are; later rounds regroup all paragraphs in a different
 * pseudo-random order into articles of eight, so that they are new articles
 * to the duplicate detector rather than copies.
 */
function corpus(articles, megabytes) {
  const files = [];
  let size = 0;
  const add = (paragraphs) => {
    const text = paragraphs.join('\n\n');
    files.push({ name: `article-${files.length}.txt`, text });
    size += Buffer.byteLength(text);
  };
  for (const article of articles) {
    if (size >= megabytes * 1e6) return files;
    add(article);
  }
  const pool = articles.flat();
  let seed = 1;
  while (size < megabytes * 1e6) {
    const shuffled = pool
      .map((paragraph) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), [seed, paragraph]))
      .sort((a, b) => a[0] - b[0])
      .map(([, paragraph]) => paragraph);
    for (let start = 0; start < shuffled.length && size < megabytes * 1e6; start += 8) add(shuffled.slice(start, start + 8));
  }
  return files;
}

/** wink-nlp (with its lite web model) and compromise, bundled for the page. */
async function competitorsBundle() {
  const { outputFiles } = await build({
    stdin: {
      contents: `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; import nlp from 'compromise';
        window.competitors = { winkNLP, model, nlp };`,
      resolveDir: REPOSITORY,
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return outputFiles[0].text;
}

/** Runs in the page: every contender on the corpus at /bench/corpus.json. */
async function runInPage({ withCompetitors, parts }) {
  const files = [];
  for (let part = 0; part < parts; part++) files.push(...(await (await fetch(`/bench/corpus-${part}.json`)).json()));
  const encoder = new TextEncoder();
  const encoded = files.map((file) => ({ name: file.name, bytes: encoder.encode(file.text) }));
  const bytes = encoded.reduce((sum, file) => sum + file.bytes.length, 0);
  const mbPerSecond = (ms) => bytes / 1e3 / ms;
  const results = { bytes, files: files.length };

  const { default: init, Corpus } = await import('/pkg/newslens.js');
  const wasm = await init();
  // Every contender is timed warm, as the page's worker is: the browser's
  // compilers have optimised its code on invented text first.
  const { warmUp, warmUpText } = await import('/www/host.js');
  const warmUpFile = warmUpText(300_000, 0);
  warmUp(Corpus);
  let started = performance.now();
  // As the page asks for it: the reader fetches the one article text it shows.
  const corpus = new Corpus({ articleText: false });
  for (const file of encoded) corpus.addFile(file.name, file.bytes);
  const added = performance.now();
  const json = corpus.reportJson(undefined);
  const reported = performance.now();
  results.read = mbPerSecond(added - started);
  results.reportMs = reported - added;
  results.full = mbPerSecond(reported - started);
  results.reportBytes = json.length;
  results.peakMemory = wasm.memory.buffer.byteLength;
  corpus.free();

  const wordsOnly = new Corpus({ articleText: false, keywords: { phrases: false } });
  started = performance.now();
  for (const file of encoded) wordsOnly.addFile(file.name, file.bytes);
  wordsOnly.reportJson(undefined);
  results.wordsOnly = mbPerSecond(performance.now() - started);
  wordsOnly.free();

  // As the page runs it: the session feeding the worker in batches, with
  // fresh reports between them, and the readers the page would start.
  const { createSession } = await import('/www/ui/session.js');
  const { workerEngine } = await import('/www/ui/engine.js');
  const { withReaders } = await import('/www/ui/readers.js');
  const { filterOf, emptyState } = await import('/www/ui/state.js');
  const analysis = { articleText: false, keywords: { limit: 100_000 } };
  async function throughWorkers(readers) {
    const startWorker = () => workerEngine(new Worker('/www/worker.js', { type: 'module' }));
    let finish;
    let reports = 0;
    const finished = new Promise((resolve, reject) => {
      finish = { resolve, reject };
    });
    const session = createSession({
      async startEngine() {
        const engine = withReaders(startWorker(), startWorker, { count: readers });
        await engine.request({ type: 'open', options: analysis });
        return engine;
      },
      options: analysis,
      getFilter: () => filterOf(emptyState()),
      onEntry() {},
      onProgress() {},
      onReport: (update) => {
        reports++;
        if (!update.busy) finish.resolve(update.report);
      },
      onError: (error) => finish.reject(error),
    });
    await session.warm();
    const began = performance.now();
    session.add(encoded.map((file) => ({ name: file.name, size: file.bytes.length, read: async () => file.bytes.slice() })));
    const report = await finished;
    const ms = performance.now() - began;
    // What the Keywords table then waits for when it is searched, sorted or downloaded.
    const asked = performance.now();
    const whole = await session.wholeReport(filterOf(emptyState()));
    const wholeMs = performance.now() - asked;
    await session.close();
    return { mbPerSecond: mbPerSecond(ms), articles: report.articles.length, reports, wholeMs, wholeTerms: whole.keywords.length };
  }
  results.workers = [await throughWorkers(0), await throughWorkers(1)];

  // As a user's pick of files on the widget: File objects read on the
  // page's thread, the file list, progress and views drawn while the
  // workers read (the readers the machine would start), from addFiles to
  // the final report.
  const { mountWidget } = await import('/www/ui/widget.js');
  async function throughWidget() {
    const host = document.body.appendChild(document.createElement('div'));
    const reports = [];
    let reported;
    host.addEventListener('report', (event) => {
      reports.push(event.detail);
      reported?.();
    });
    const widget = mountWidget(host, {}, { createWorker: () => new Worker('/www/worker.js', { type: 'module' }) });
    const reportWith = async (count) => {
      while (reports.at(-1)?.files.length !== count) await new Promise((resolve) => (reported = resolve));
    };
    // A file first, so that the counting worker is started and warm, as on a page opened a moment ago.
    await widget.addFiles([{ name: 'warm-up.txt', bytes: new TextEncoder().encode('Warm up\n\nThe harbour reopened.') }]);
    await reportWith(1);
    await widget.clear();
    const picked = encoded.map((file) => new File([file.bytes], file.name));
    const began = performance.now();
    await widget.addFiles(picked);
    await reportWith(picked.length);
    const ms = performance.now() - began;
    widget.destroy();
    host.remove();
    return mbPerSecond(ms);
  }
  results.widget = await throughWidget();

  const splitAndCount = (texts) => {
    const counts = new Map();
    for (const text of texts) {
      for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
        if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  };
  const timed = (count) => {
    count([warmUpFile]);
    const begin = performance.now();
    count(files.map((file) => file.text));
    return mbPerSecond(performance.now() - begin);
  };
  results.baseline = timed(splitAndCount);

  if (withCompetitors) {
    const { winkNLP, model, nlp } = window.competitors;
    const wink = winkNLP(model);
    const its = wink.its;
    const winkFrequencies = (texts) => {
      const frequencies = new Map();
      for (const text of texts) {
        wink
          .readDoc(text)
          .tokens()
          .filter((token) => token.out(its.type) === 'word' && !token.out(its.stopWordFlag))
          .each((token) => {
            const normal = token.out(its.normal);
            frequencies.set(normal, (frequencies.get(normal) ?? 0) + 1);
          });
      }
    };
    const compromiseTerms = (texts) => {
      const terms = new Map();
      for (const text of texts) {
        for (const term of nlp(text).terms().out('array')) {
          const normal = term.toLowerCase();
          terms.set(normal, (terms.get(normal) ?? 0) + 1);
        }
      }
    };
    results.wink = timed(winkFrequencies);
    results.compromise = timed(compromiseTerms);
  }
  return results;
}

/**
 * A user's pick from disk: `files` written to a temporary folder and given
 * to the widget's file input, so that the widget gets Files backed by disk,
 * as from a real pick (each one's size a call to the browser's process the
 * first time, each one read from disk). Timed in the page from the input's
 * change to the final report, without the time the browser's debugging
 * protocol takes to hand the input the paths. Returns MB/s and the ms to
 * the first keywords on screen.
 */
async function pickFromDisk(page, files) {
  const folder = mkdtempSync(join(tmpdir(), 'newslens-bench-'));
  try {
    const paths = files.map((file) => {
      const path = join(folder, file.name);
      writeFileSync(path, file.text);
      return path;
    });
    await page.evaluate(async () => {
      const { mountWidget } = await import('/www/ui/widget.js');
      const host = document.body.appendChild(document.createElement('div'));
      host.id = 'picked';
      // The widget sends a 'report' event once a drop is done.
      const timing = { reports: [] };
      host.addEventListener('report', (event) => timing.reports.push({ at: performance.now(), files: event.detail.files.length }));
      const widget = mountWidget(host, {}, { createWorker: () => new Worker('/www/worker.js', { type: 'module' }) });
      // A file first, so that the counting worker is started and warm, as on a page opened a moment ago.
      await widget.addFiles([{ name: 'warm-up.txt', bytes: new TextEncoder().encode('Warm up\n\nThe harbour reopened.') }]);
      while (timing.reports.at(-1)?.files !== 1) await new Promise((resolve) => setTimeout(resolve, 10));
      await widget.clear();
      timing.reports = [];
      // Captured on the way down, before the widget's own handler runs.
      const root = host.shadowRoot;
      root.addEventListener('change', () => (timing.changed = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (timing.keywords || !timing.changed || !root.querySelector('.top-terms li')) return;
        const rows = [...root.querySelectorAll('.files tbody tr')].map((row) => row.cells[0]?.textContent);
        if (rows.length && !rows.includes('warm-up.txt')) timing.keywords = performance.now();
      }).observe(root, { childList: true, subtree: true });
      window.picked = { widget, timing };
    });
    await page.locator('#picked input[type=file]:not([webkitdirectory])').setInputFiles(paths);
    await page.waitForFunction((count) => window.picked.timing.reports.at(-1)?.files === count, files.length, { timeout: 0, polling: 50 });
    const { changed, keywords, reports } = await page.evaluate(() => window.picked.timing);
    const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
    await page.evaluate(() => {
      window.picked.widget.destroy();
      document.getElementById('picked').remove();
    });
    return { mbPerSecond: bytes / 1e3 / (reports.at(-1).at - changed), firstMs: keywords - changed };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const gzipped = (relative) => gzipSync(readFileSync(new URL(`../${relative}`, import.meta.url)), { level: 9 }).length;
const articles = paragraphsOfArticles();
const bundle = await competitorsBundle();
const demo = await openDemo({ directory: REPOSITORY });
try {
  const { page, url, browser } = demo;
  console.log(`headless Chromium ${browser.version()}; wasm ${(gzipped('pkg/newslens_bg.wasm') / 1024).toFixed(1)} KB gzipped, glue ${(gzipped('pkg/newslens.js') / 1024).toFixed(1)} KB gzipped`);
  const f = (value) => value.toFixed(1).padStart(6);
  for (const megabytes of SIZES_MB) {
    // In parts of at most 20 MB: one response body of 100 MB is more than
    // the browser's debugging protocol carries.
    const files = corpus(articles, megabytes);
    const parts = Math.ceil(megabytes / 20);
    const bodies = Array.from({ length: parts }, (_, part) => JSON.stringify(files.filter((_, index) => index % parts === part)));
    await page.route('**/bench/corpus-*.json', (route) => {
      const part = Number(route.request().url().match(/corpus-(\d+)\.json$/)[1]);
      return route.fulfill({ body: bodies[part], contentType: 'application/json' });
    });
    await page.goto(`${url}package.json`);
    await page.addScriptTag({ content: bundle });
    const r = await page.evaluate(runInPage, { withCompetitors: megabytes <= COMPETITORS_UP_TO_MB, parts });
    const fromDisk = await pickFromDisk(page, files);
    await page.unroute('**/bench/corpus-*.json');
    const mb = r.bytes / 1e6;
    console.log(`\n${mb.toFixed(1)} MB (${r.files} files)`);
    console.log(`  full analysis (addFile + reportJson) ${f(r.full)} MB/s   (addFile ${f(r.read)} MB/s, reportJson ${r.reportMs.toFixed(0)} ms, ${(r.reportBytes / 1e6).toFixed(1)} MB of JSON)`);
    console.log(`  without phrases                      ${f(r.wordsOnly)} MB/s`);
    const [alone, withReader] = r.workers;
    console.log(`  as the page runs it, in its worker   ${f(alone.mbPerSecond)} MB/s   with a reader worker ${f(withReader.mbPerSecond)} MB/s (${(withReader.mbPerSecond / alone.mbPerSecond).toFixed(2)}x; readers start with drops of more than 2 MB; ${alone.reports} and ${withReader.reports} reports on screen)${withReader.articles === alone.articles ? '' : ' ARTICLE COUNTS DIFFER'}`);
    console.log(`  as a user's pick on the widget       ${f(r.widget)} MB/s   (File reads, file list, progress and views drawn on the page's thread)`);
    console.log(`  a pick from disk on the widget       ${f(fromDisk.mbPerSecond)} MB/s   (the first keywords ${fromDisk.firstMs.toFixed(0)} ms after the pick)`);
    console.log(`  then the whole lists (${alone.wholeTerms.toLocaleString('en')} keywords) for the Keywords table   ${alone.wholeMs.toFixed(0)} ms`);
    console.log(`  plain-JS split and count in a Map    ${f(r.baseline)} MB/s   full analysis ${(r.full / r.baseline).toFixed(2)}x, without phrases ${(r.wordsOnly / r.baseline).toFixed(2)}x`);
    if (r.wink !== undefined) {
      console.log(`  wink-nlp (lite web model)            ${f(r.wink)} MB/s   full analysis ${(r.full / r.wink).toFixed(1)}x`);
      console.log(`  compromise                           ${f(r.compromise)} MB/s   full analysis ${(r.full / r.compromise).toFixed(1)}x`);
    }
    const budget = 4 * r.bytes + 30e6;
    console.log(`  peak wasm memory ${(r.peakMemory / 1e6).toFixed(1)} MB (budget 4 x input + 30 MB = ${(budget / 1e6).toFixed(1)} MB)${r.peakMemory > budget ? ' OVER' : ''}`);
  }
} finally {
  await demo.close();
}
