// A horizontal bar chart as SVG, with SVG and PNG downloads. The chart is
// an image to assistive technology; the same numbers are in a table beside it.
import { h, svg } from './dom.js';
import { download, pngBlob, slug, svgText } from './export.js';

const WIDTH = 640;
const ROW = 24;
const LABEL = 160;
const LABEL_CHARS = 24;

const shorten = (text) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

/** items: [{ label, value }], drawn in the order given. */
export function barChart(title, items) {
  const max = Math.max(1, ...items.map((item) => item.value));
  const height = items.length * ROW + 8;
  const room = WIDTH - LABEL - 64;
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': title, class: 'chart' },
    items.map((item, index) => {
      const y = 4 + index * ROW;
      const length = Math.max(1, (item.value / max) * room);
      return svg(
        'g',
        null,
        svg('text', { x: LABEL - 8, y: y + 16, 'text-anchor': 'end', class: 'label' }, shorten(item.label)),
        svg('rect', { x: LABEL, y: y + 4, width: length.toFixed(1), height: ROW - 8, rx: 2, class: 'bar' }),
        svg('text', { x: LABEL + length + 6, y: y + 16, class: 'value' }, item.value.toLocaleString('en')),
      );
    }),
  );
  const name = slug(title);
  return h(
    'figure',
    { class: 'figure' },
    chart,
    h(
      'figcaption',
      null,
      h('span', null, title),
      h('button', { type: 'button', class: 'small', 'aria-label': `Download the chart “${title}” as SVG`, onclick: () => download(`${name}.svg`, svgText(chart), 'image/svg+xml') }, 'SVG'),
      h('button', { type: 'button', class: 'small', 'aria-label': `Download the chart “${title}” as PNG`, onclick: async () => download(`${name}.png`, await pngBlob(chart)) }, 'PNG'),
    ),
  );
}
