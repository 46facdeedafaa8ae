// A sortable, searchable table with a CSV download. Long tables stay smooth
// at 100,000 rows because only the rows in view (and a margin) are in the
// DOM, between two spacer rows; ARIA row counts and indices still describe
// the whole table. Sort order, search text and scroll position live in
// `memo`, so they survive the re-renders a streaming report causes.
import { h } from './dom.js';
import { download, slug, toCsv } from './export.js';

const ROW_HEIGHT = 32;
const OVERSCAN = 12;
const VIRTUAL_FROM = 150;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function sizedColumn(column) {
  const col = h('col');
  if (column.width) col.style.width = column.width;
  return col;
}

const compare = (a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a ?? ''), String(b ?? '')));

/**
 * columns: [{ label, value(row) → string|number|null, cell?(row) → Node|string, numeric?, width? }]
 * search: { label, value(row) → string } adds a search box over that text.
 * more: { label, loading, load() } says that `rows` are the first of a
 * longer list, which load() asks for: a button does, and so do searching,
 * sorting and the CSV download, which need every row. The table is then
 * built again with them all (and the download, if asked for, made).
 */
export function dataTable({ caption, columns, rows, memo, search = null, more = null, empty = 'Nothing to show.' }) {
  memo.sort ??= null;
  memo.query ??= '';
  memo.scrollTop ??= 0;
  let shown = rows;
  const body = h('tbody');
  const count = h('span', { class: 'count', 'aria-live': 'polite' });
  const table = h('table', { class: 'data' });
  const scroller = h('div', { class: 'scroller', tabindex: 0, role: 'region', 'aria-label': caption }, table);
  const headers = columns.map((column, index) => {
    const button = h('button', { type: 'button', 'data-key': `sort:${caption}:${index}`, onclick: () => sortBy(index) }, column.label);
    return h('th', { scope: 'col', class: column.numeric ? 'n' : null }, button);
  });
  table.append(
    h('caption', { class: 'sr-only' }, caption),
    h('colgroup', null, columns.map(sizedColumn)),
    h('thead', null, h('tr', { 'aria-rowindex': 1 }, headers)),
    body,
  );

  function rowNode(row, index) {
    const tr = h('tr', { 'aria-rowindex': index + 2 });
    for (const column of columns) {
      const content = column.cell ? column.cell(row) : column.value(row);
      tr.append(h('td', { class: column.numeric ? 'n' : null }, typeof content === 'number' ? content.toLocaleString('en') : content));
    }
    return tr;
  }

  const spacer = (rowCount) => {
    const tr = h('tr', { class: 'spacer', 'aria-hidden': 'true' }, h('td', { colspan: columns.length }));
    tr.style.height = `${rowCount * ROW_HEIGHT}px`;
    return tr;
  };

  function paint() {
    const virtual = shown.length > VIRTUAL_FROM;
    scroller.classList.toggle('virtual', virtual);
    table.setAttribute('aria-rowcount', String(shown.length + 1));
    if (!shown.length) {
      body.replaceChildren(h('tr', null, h('td', { colspan: columns.length, class: 'empty' }, empty)));
      return;
    }
    if (!virtual) {
      body.replaceChildren(...shown.map(rowNode));
      return;
    }
    const height = scroller.clientHeight || 600;
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(shown.length, Math.ceil((scroller.scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
    body.replaceChildren(
      spacer(first),
      ...shown.slice(first, last).map((row, offset) => rowNode(row, first + offset)),
      spacer(shown.length - last),
    );
  }

  function update() {
    const query = memo.query.trim().toLowerCase();
    shown = query && search ? rows.filter((row) => search.value(row).toLowerCase().includes(query)) : rows;
    if (memo.sort) {
      const { index, descending } = memo.sort;
      const value = columns[index].value;
      shown = shown.map((row) => [value(row), row]).sort((a, b) => (descending ? compare(b[0], a[0]) : compare(a[0], b[0]))).map(([, row]) => row);
    }
    headers.forEach((th, index) => {
      const sorted = memo.sort?.index === index;
      th.setAttribute('aria-sort', sorted ? (memo.sort.descending ? 'descending' : 'ascending') : 'none');
    });
    count.textContent = shown.length === rows.length ? `${rows.length.toLocaleString('en')} rows` : `${shown.length.toLocaleString('en')} of ${rows.length.toLocaleString('en')} rows`;
    paint();
  }

  function sortBy(index) {
    more?.load();
    const descending = memo.sort?.index === index ? !memo.sort.descending : Boolean(columns[index].numeric);
    memo.sort = { index, descending };
    memo.scrollTop = scroller.scrollTop = 0;
    update();
  }

  let frame = 0;
  scroller.addEventListener('scroll', () => {
    memo.scrollTop = scroller.scrollTop;
    if (shown.length > VIRTUAL_FROM && !frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        paint();
      });
    }
  });

  function csv() {
    if (more) {
      memo.csvWhenWhole = true;
      more.load();
      return;
    }
    download(`${slug(caption)}.csv`, toCsv(columns.map((column) => column.label), shown.map((row) => columns.map((column) => column.value(row)))), 'text/csv');
  }

  const toolbar = h(
    'div',
    { class: 'toolbar' },
    search &&
      h(
        'label',
        { class: 'search' },
        h('span', null, search.label),
        h('input', {
          type: 'search',
          'data-key': `search:${caption}`,
          value: memo.query,
          oninput: (event) => {
            memo.query = event.target.value;
            memo.scrollTop = scroller.scrollTop = 0;
            if (memo.query.trim()) more?.load();
            update();
          },
        }),
      ),
    count,
    more &&
      h(
        'button',
        { type: 'button', class: 'small', 'data-key': `more:${caption}`, disabled: more.loading, onclick: more.load },
        more.loading ? 'Loading the rest…' : more.label,
      ),
    h('button', { type: 'button', class: 'small', onclick: csv, 'aria-label': `Download ${caption} as CSV` }, 'CSV'),
  );

  update();
  // A table searched or sorted before its rows were cut again (new files, another filter) needs them all again.
  if (more && (memo.query.trim() || memo.sort)) more.load();
  if (!more && memo.csvWhenWhole) {
    memo.csvWhenWhole = false;
    csv();
  }
  // The scroll position can only be restored once the table is in the document.
  requestAnimationFrame(() => {
    scroller.scrollTop = memo.scrollTop;
    paint();
  });
  return h('section', { class: 'table' }, h('h3', null, caption), toolbar, scroller);
}
