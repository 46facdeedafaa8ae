// The npm package as a user gets it: `npm pack`, install the tarball into an
// empty project (offline: it has no dependencies), then run an analysis from
// Node, from a plain browser page without a bundler (import map only), and
// from a Vite build, with `analyze()` and with the <news-lens> element.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.js';
import { serve } from '../../scripts/serve.mjs';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const STORY = 'Harbour reopens\n\nThe harbour reopened on Monday. Ships queued at the harbour.';
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let project;
before(() => {
  project = mkdtempSync(join(tmpdir(), 'newslens-consumer-'));
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', project], repository));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--offline', '--no-audit', '--no-fund', join(project, filename)], project);
});
after(() => rmSync(project, { recursive: true, force: true }));

test('the tarball holds the entries, declarations and wasm, and nothing of the repository besides', () => {
  const files = JSON.parse(npm(['pack', '--dry-run', '--json'], repository))[0].files.map((file) => file.path).sort();
  for (const path of ['pkg/newslens_bg.wasm', 'pkg/newslens_lean_bg.wasm', 'pkg/newslens.js', 'www/element.js', 'www/worker.js', 'www/newslens.css', 'www/ui/widget.js', 'types/element.d.ts', 'types/wasm.d.ts', 'types/worker.d.ts', 'bin/newslens.js']) {
    assert.ok(files.includes(path), path);
  }
  assert.deepEqual(files.filter((path) => /^(src|tests|scripts|dist|www\/samples)\/|^www\/(demo|single|sw)\.js$|index\.html$/.test(path)), []);
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/newslens/package.json')));
  assert.deepEqual(manifest.sideEffects, ['./www/element.js']);
  assert.deepEqual(Object.keys(manifest.exports['.']), ['types', 'node', 'default']);
});

test('Node: analyze(), the wasm Corpus with a filter, and the CLI', () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { analyze } from 'newslens';
    import { Corpus, initSync } from 'newslens/wasm';
    const bytes = new TextEncoder().encode(${JSON.stringify(STORY)});
    const report = await analyze([{ name: 'story.txt', bytes }]);
    initSync({ module: readFileSync(new URL(import.meta.resolve('newslens/wasm/newslens_bg.wasm'))) });
    const corpus = new Corpus(null);
    corpus.addFile('story.txt', bytes);
    const filtered = JSON.parse(corpus.reportJson({ articles: [0] }));
    const { term, count, docs } = report.keywords[0];
    console.log(JSON.stringify([{ term, count, docs }, filtered.articles.length]));`;
  writeFileSync(join(project, 'node-check.mjs'), script);
  const output = execFileSync(process.execPath, ['node-check.mjs'], { cwd: project, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(output), [{ term: 'harbour', count: 3, docs: 1 }, 1]);
  writeFileSync(join(project, 'story.txt'), STORY);
  const cli = JSON.parse(execFileSync(join(project, 'node_modules/.bin/newslens'), ['--json', 'story.txt'], { cwd: project, encoding: 'utf8' }));
  const { term, count, docs } = cli.keywords[0];
  assert.deepEqual({ term, count, docs }, { term: 'harbour', count: 3, docs: 1 });
});

test('Node: the lean wasm (no HTML extraction) through the same glue reads text and names the HTML it cannot read', () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { Corpus, initSync } from 'newslens/wasm';
    initSync({ module: readFileSync(new URL(import.meta.resolve('newslens/wasm/newslens_lean_bg.wasm'))) });
    const corpus = new Corpus(null);
    const encode = (text) => new TextEncoder().encode(text);
    const { articles } = corpus.addFile('story.txt', encode(${JSON.stringify(STORY)}));
    const { error } = corpus.addFile('page.html', encode('<!doctype html><title>Harbour</title><p>The harbour reopened.</p>'));
    const { term, count } = JSON.parse(corpus.reportJson(null)).keywords[0];
    console.log(JSON.stringify({ articles, error, term, count }));`;
  writeFileSync(join(project, 'lean-check.mjs'), script);
  const output = execFileSync(process.execPath, ['lean-check.mjs'], { cwd: project, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(output), {
    articles: 1,
    error: 'page.html: the lean build of newslens reads no HTML (newslens_bg.wasm does)',
    term: 'harbour',
    count: 3,
  });
});

// The page script both browser checks run: analyze() on the page, and the
// element analysing the same text in its worker.
const PAGE_SCRIPT = `
import { analyze } from 'newslens';
import 'newslens/element';
const bytes = new TextEncoder().encode(${JSON.stringify(STORY)});
window.direct = await analyze([{ name: 'story.txt', bytes }]);
const lens = document.querySelector('news-lens');
lens.addEventListener('report', (event) => { window.fromElement = event.detail; });
lens.addFiles([{ name: 'story.txt', bytes }]);
`;

/** Opens `path` served from `directory`, waits until `ready()` holds on the page, and returns what `read()` gives there with the page's errors. */
async function runPage(directory, path, ready = () => window.direct && window.fromElement, read = readBothAnalyses) {
  const { server, url } = await serve(directory);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}${path}`);
    await page.waitForFunction(ready, null, { timeout: 20_000 });
    return { ...(await page.evaluate(read)), errors };
  } finally {
    await browser.close();
    server.close();
  }
}

function readBothAnalyses() {
  return {
    direct: (({ term, count, docs }) => ({ term, count, docs }))(window.direct.keywords[0]),
    element: (({ term, count, docs }) => ({ term, count, docs }))(window.fromElement.keywords[0]),
    mainThreadNote: !document.querySelector('news-lens').shadowRoot.querySelector('.note').hidden,
    styled: getComputedStyle(document.querySelector('news-lens').shadowRoot.querySelector('.drop')).borderStyle,
  };
}

const EXPECTED = {
  direct: { term: 'harbour', count: 3, docs: 1 },
  element: { term: 'harbour', count: 3, docs: 1 },
  mainThreadNote: false,
  styled: 'dashed',
  errors: [],
};

test('a plain browser page, no bundler: an import map, analyze() and the element with its worker', async () => {
  const imports = { newslens: './node_modules/newslens/www/index.js', 'newslens/element': './node_modules/newslens/www/element.js' };
  writeFileSync(
    join(project, 'plain.html'),
    `<!doctype html><meta charset="utf-8"><script type="importmap">${JSON.stringify({ imports })}</script>
<news-lens></news-lens><script type="module">${PAGE_SCRIPT}</script>`,
  );
  assert.deepEqual(await runPage(project, 'plain.html'), EXPECTED);
});

test('a plain browser page: the element on the lean wasm analyses text and lists the HTML file it cannot read', async () => {
  const imports = { 'newslens/element': './node_modules/newslens/www/element.js' };
  const files = [
    { name: 'story.txt', text: STORY },
    { name: 'page.html', text: '<!doctype html><title>Harbour</title><p>The harbour reopened.</p>' },
  ];
  writeFileSync(
    join(project, 'lean.html'),
    `<!doctype html><meta charset="utf-8"><script type="importmap">${JSON.stringify({ imports })}</script>
<news-lens wasm-url="/node_modules/newslens/pkg/newslens_lean_bg.wasm"></news-lens><script type="module">
import 'newslens/element';
const lens = document.querySelector('news-lens');
lens.addEventListener('report', (event) => { if (event.detail.files.length === 2) window.fromLean = event.detail; });
const files = ${JSON.stringify(files)};
lens.addFiles(files.map(({ name, text }) => ({ name, bytes: new TextEncoder().encode(text) })));
</script>`,
  );
  const result = await runPage(
    project,
    'lean.html',
    () => window.fromLean,
    () => ({ keyword: window.fromLean.keywords[0].term, fileErrors: window.fromLean.files.map((file) => file.error) }),
  );
  assert.deepEqual(result, {
    keyword: 'harbour',
    fileErrors: ['page.html: the lean build of newslens reads no HTML (newslens_bg.wasm does)', null],
    errors: [],
  });
});

test('a Vite build of a page that imports the package', async () => {
  const { build } = await import('vite');
  const app = join(project, 'vite-app');
  mkdirSync(app);
  writeFileSync(join(app, 'index.html'), '<!doctype html><meta charset="utf-8"><news-lens></news-lens><script type="module" src="./main.js"></script>');
  writeFileSync(join(app, 'main.js'), PAGE_SCRIPT);
  await build({ root: app, logLevel: 'silent', build: { outDir: join(app, 'dist'), target: 'es2022' } });
  assert.deepEqual(await runPage(join(app, 'dist'), ''), EXPECTED);
});
