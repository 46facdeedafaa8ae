// Measures how soon results are on screen after a 1 MB file is dropped on
// the demo page: the time from the drop event to the file's row in the file
// list and to the first keywords in the Overview. A benchmark, not a test:
// run `node tests/e2e/first-results.bench.mjs` after `npm run build`.
import { dropFiles, openDemo, waitForSamples } from './browser.js';

const RUNS = 9;
const TARGET_BYTES = 1_000_000;

/** About 1 MB of invented English-like text: a fixed vocabulary in a fixed pseudo-random order. */
function megabyte() {
  const syllables = ['har', 'bour', 'el', 'ler', 'port', 'gull', 'is', 'land', 'fer', 'ry', 'crane', 'quay', 'levy', 'storm', 'ori', 'tide', 'dock', 'wire', 'val', 'ley'];
  let seed = 7;
  const next = (range) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % range;
  const word = () => Array.from({ length: 1 + next(3) }, () => syllables[next(syllables.length)]).join('');
  const paragraphs = ['Harbour log'];
  let size = 0;
  while (size < TARGET_BYTES) {
    const sentence = Array.from({ length: 8 + next(12) }, word).join(' ');
    const paragraph = `${sentence[0].toUpperCase()}${sentence.slice(1)}. "${word()} ${word()}," said ${word()}.`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

const demo = await openDemo();
try {
  const { page, url } = demo;
  const text = megabyte();
  const timings = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(url);
    await waitForSamples(page);
    await page.evaluate(() => {
      const root = document.querySelector('news-lens').shadowRoot;
      window.marks = {};
      root.querySelector('#drop-zone').addEventListener('drop', () => (window.marks.drop = performance.now()), { capture: true });
      new MutationObserver(() => {
        const rows = [...root.querySelectorAll('.files tbody tr')].map((row) => row.cells[0]?.textContent);
        if (!window.marks.file && rows.includes('megabyte.txt')) window.marks.file = performance.now();
        if (!window.marks.keywords && root.querySelector('.top-terms li') && rows.length === 1) window.marks.keywords = performance.now();
      }).observe(root, { childList: true, subtree: true });
    });
    await dropFiles(page, '#drop-zone', [{ name: 'megabyte.txt', text }]);
    await page.waitForFunction(() => window.marks.keywords);
    timings.push(await page.evaluate(() => ({ file: window.marks.file - window.marks.drop, keywords: window.marks.keywords - window.marks.drop })));
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`1 MB (${text.length.toLocaleString('en')} bytes) dropped, median of ${RUNS} runs:`);
  console.log(`  file row on screen:       ${median(timings.map((t) => t.file)).toFixed(0)} ms`);
  console.log(`  first keywords on screen: ${median(timings.map((t) => t.keywords)).toFixed(0)} ms (budget 150 ms)`);
} finally {
  await demo.close();
}
