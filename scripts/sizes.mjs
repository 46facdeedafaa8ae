// Measures what a visitor downloads (gzip -9) against the budgets, prints a
// table, and with --check exits 1 when a budget is broken. `npm test` runs it
// after `scripts/build.sh without-html`, which builds the core without HTML
// extraction: the budgets are 200 KB without it and 450 KB with it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const gzipped = (relative) => gzipSync(readFileSync(new URL(relative, root)), { level: 9 }).length;
const distFiles = (extension) =>
  readdirSync(new URL('dist/', root)).filter((name) => name.endsWith(extension)).map((name) => `dist/${name}`);

const KB = 1024;
const WITHOUT_HTML = 'target/without-html/newslens_bg.wasm';
const measures = [
  { name: 'wasm (as shipped)', files: ['dist/newslens_bg.wasm'], budget: 450 * KB },
  ...(existsSync(new URL(WITHOUT_HTML, root))
    ? [{ name: 'wasm without HTML', files: [WITHOUT_HTML], budget: 200 * KB }]
    : []),
  { name: 'JS + CSS of the page', files: [...distFiles('.js'), ...distFiles('.css')], budget: 40 * KB },
];

let broken = false;
for (const { name, files, budget } of measures) {
  const size = files.reduce((sum, file) => sum + gzipped(file), 0);
  const over = size > budget;
  broken ||= over;
  console.log(
    `${over ? 'OVER' : 'ok  '} ${name.padEnd(22)} ${(size / KB).toFixed(1).padStart(7)} KB gzipped  (budget ${budget / KB} KB)  ${files.join(' ')}`,
  );
}
if (process.argv.includes('--check') && !existsSync(new URL(WITHOUT_HTML, root))) {
  console.error(`${WITHOUT_HTML} is missing: run scripts/build.sh without-html first.`);
  broken = true;
}
if (process.argv.includes('--check') && broken) {
  console.error('A size budget is broken.');
  process.exit(1);
}
