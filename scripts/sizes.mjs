// Measures what a visitor downloads (gzip -9) against the budgets, prints a
// table, and with --check exits 1 when a budget is broken (the last layer of
// `npm test`). The budgets are 450 KB for the wasm with HTML
// extraction (the shipped one, built for speed) and 200 KB without it (the
// lean one, built for size).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const gzipped = (relative) => gzipSync(readFileSync(new URL(relative, root)), { level: 9 }).length;
const distFiles = (extension) =>
  readdirSync(new URL('dist/', root)).filter((name) => name.endsWith(extension)).map((name) => `dist/${name}`);

const KB = 1024;
const measures = [
  { name: 'wasm (as shipped)', files: ['dist/newslens_bg.wasm'], budget: 450 * KB },
  { name: 'lean wasm (no HTML)', files: ['pkg/newslens_lean_bg.wasm'], budget: 200 * KB },
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
if (process.argv.includes('--check') && broken) {
  console.error('A size budget is broken.');
  process.exit(1);
}
