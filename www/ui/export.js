// Everything the widget lets a user take away: the report as JSON, a CSV of
// any table, a chart as SVG or PNG, and a self-contained HTML report. All of
// it is made in the page; nothing is uploaded.
import { h } from './dom.js';

export function download(name, content, type) {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  h('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// A text cell that a spreadsheet would run as a formula gets a leading quote.
function csvCell(value) {
  if (value == null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const toCsv = (header, rows) => [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

export const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'newslens';

const PAINT = ['fill', 'stroke', 'stroke-width', 'font-family', 'font-size', 'font-weight', 'opacity'];

/** The chart as standalone SVG text, its colours taken from the page's current theme. */
export function svgText(chart) {
  const copy = chart.cloneNode(true);
  const originals = [chart, ...chart.querySelectorAll('*')];
  [copy, ...copy.querySelectorAll('*')].forEach((node, index) => {
    const style = getComputedStyle(originals[index]);
    for (const property of PAINT) node.setAttribute(property, style.getPropertyValue(property));
    node.removeAttribute('class');
    node.removeAttribute('data-nav');
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = chart.viewBox.baseVal;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  for (const [name, value] of Object.entries({ width: box.width, height: box.height, fill: getComputedStyle(chart).backgroundColor })) {
    background.setAttribute(name, String(value));
  }
  copy.prepend(background);
  return new XMLSerializer().serializeToString(copy);
}

export async function pngBlob(chart, scale = 2) {
  const box = chart.viewBox.baseVal;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(chart))}`;
  await image.decode();
  const canvas = h('canvas', { width: box.width * scale, height: box.height * scale });
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

const REPORT_STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1b1f24;background:#fff}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{padding:.2rem .5rem;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:600;padding:.5rem 0}
@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}th,td{border-color:#30363d}}`;

/**
 * A standalone HTML document of `tables` ([{ caption, header, rows }]) with
 * the report itself embedded as JSON. Its CSP lets nothing run.
 */
export function htmlReport(title, summary, tables, report) {
  const doc = document.implementation.createHTMLDocument(title);
  doc.documentElement.lang = 'en';
  doc.head.append(
    h('meta', { charset: 'utf-8' }),
    h('meta', { 'http-equiv': 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('style', null, REPORT_STYLE),
  );
  doc.body.append(
    h('h1', null, title),
    h('p', null, summary),
    ...tables.map(({ caption, header, rows }) =>
      h(
        'table',
        null,
        h('caption', null, caption),
        h('thead', null, h('tr', null, header.map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', null, rows.map((row) => h('tr', null, row.map((cell) => h('td', typeof cell === 'number' ? { class: 'n' } : null, cell ?? ''))))),
      ),
    ),
    // JSON in a data block; '<' is escaped so that no text in it can close the element.
    h('script', { type: 'application/json', id: 'newslens-report' }, JSON.stringify(report).replaceAll('<', '\\u003c')),
  );
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}
