// The pair scatter plot: every term of two outlets at its frequency in A
// (across) and in B (up), per 10,000 words on log scales, coloured by the
// core's z. Points are drawn on a canvas, so 10,000 terms stay smooth; a
// grid of cells finds the term under the pointer; the most distinctive
// terms are labelled in an SVG layer, each placed where it overlaps no
// other label, or left out.
import { h, svg } from './dom.js';

const WIDTH = 640;
const HEIGHT = 440;
const MARGIN = 36;
// Room beyond the largest frequencies, so that no point sits on the edge.
const PAD = 12;
const CELL = 8;
const LABELS = 8;
const CHAR_WIDTH = 7.5;
const LABEL_HEIGHT = 16;
const Z_FULL = 4;
// Mid-tone colours that read on the light and the dark page alike.
const COLOURS = { a: '#3b82f6', b: '#e8740c', neutral: '#8b949e' };

/** Maps a count of a side with `words` words to a position along `span` pixels. */
function axis(pair, span) {
  const rate = (count, words) => (Math.max(count, 0.5) / Math.max(words, 1)) * 10_000;
  const low = Math.log10(Math.min(rate(0, pair.a.words), rate(0, pair.b.words)));
  const high = Math.log10(Math.max(...pair.terms.map((term) => Math.max(rate(term.a, pair.a.words), rate(term.b, pair.b.words))), 10 ** low * 10));
  return (count, words) => ((Math.log10(rate(count, words)) - low) / (high - low || 1)) * span;
}

/** Places the labels of `picked` points greedily beside their points: right, left, above, below. */
function placeLabels(picked) {
  const placed = [];
  const overlaps = (box) => placed.some((other) => box.x < other.x + other.w && other.x < box.x + box.w && box.y < other.y + other.h && other.y < box.y + box.h);
  for (const point of picked) {
    const w = point.term.length * CHAR_WIDTH;
    const candidates = [
      { x: point.x + 5, y: point.y - LABEL_HEIGHT / 2 },
      { x: point.x - 5 - w, y: point.y - LABEL_HEIGHT / 2 },
      { x: point.x - w / 2, y: point.y - 5 - LABEL_HEIGHT },
      { x: point.x - w / 2, y: point.y + 5 },
    ].map((at) => ({ ...at, w, h: LABEL_HEIGHT, point }));
    const box = candidates.find((box) => box.x >= 0 && box.y >= 0 && box.x + box.w <= WIDTH && box.y + box.h <= HEIGHT && !overlaps(box));
    if (box) placed.push(box);
  }
  return placed;
}

/** pair: the core's compareOutlets answer. onPick(term) is called with the term clicked. */
export function pairScatter(pair, onPick) {
  const x = axis(pair, WIDTH - MARGIN - PAD);
  const y = axis(pair, HEIGHT - MARGIN - PAD);
  const points = pair.terms.map((term) => ({ term: term.term, entry: term, x: MARGIN + x(term.a, pair.a.words), y: HEIGHT - MARGIN - y(term.b, pair.b.words) }));
  const canvas = h('canvas', { width: WIDTH, height: HEIGHT, class: 'plot-points', 'aria-hidden': 'true' });
  const context = canvas.getContext('2d');
  context.strokeStyle = COLOURS.neutral;
  context.beginPath();
  context.moveTo(MARGIN, HEIGHT - MARGIN);
  context.lineTo(WIDTH - PAD, PAD);
  context.stroke();
  for (const point of points) {
    const { z, houseStyle } = point.entry;
    context.globalAlpha = houseStyle ? 0.5 : Math.min(1, 0.3 + Math.abs(z) / Z_FULL);
    context.fillStyle = houseStyle || z === 0 ? COLOURS.neutral : z > 0 ? COLOURS.a : COLOURS.b;
    context.fillRect(point.x - 1.5, point.y - 1.5, 3, 3);
  }
  const cells = new Map();
  for (const point of points) {
    const key = `${Math.floor(point.x / CELL)},${Math.floor(point.y / CELL)}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(point);
  }
  const nearest = (px, py) => {
    let best = null;
    let distance = CELL * CELL;
    for (let cx = Math.floor(px / CELL) - 1; cx <= Math.floor(px / CELL) + 1; cx++) {
      for (let cy = Math.floor(py / CELL) - 1; cy <= Math.floor(py / CELL) + 1; cy++) {
        for (const point of cells.get(`${cx},${cy}`) ?? []) {
          const d = (point.x - px) ** 2 + (point.y - py) ** 2;
          if (d < distance) [best, distance] = [point, d];
        }
      }
    }
    return best;
  };
  const distinctive = pair.terms.filter((term) => !term.houseStyle);
  const byZ = [...distinctive].sort((p, q) => q.z - p.z);
  const picked = [...byZ.slice(0, LABELS).filter((term) => term.z > 0), ...byZ.slice(-LABELS).reverse().filter((term) => term.z < 0)];
  const labelled = placeLabels(picked.map((term) => points.find((point) => point.entry === term)));
  const layer = svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'plot-labels', role: 'img', 'aria-label': `${pair.a.name} against ${pair.b.name}: ${pair.terms.length} terms` },
    svg('text', { x: WIDTH / 2, y: HEIGHT - 6, 'text-anchor': 'middle', class: 'axis' }, `${pair.a.name}, per 10,000 words (log)`),
    svg('text', { x: 12, y: HEIGHT / 2, transform: `rotate(-90 12 ${HEIGHT / 2})`, 'text-anchor': 'middle', class: 'axis' }, `${pair.b.name}, per 10,000 words (log)`),
    labelled.map((box) => svg('text', { x: box.x, y: box.y + LABEL_HEIGHT - 4, class: 'term-label', 'data-point': `${box.point.x.toFixed(1)} ${box.point.y.toFixed(1)}` }, box.point.term)),
  );
  const tip = h('div', { class: 'plot-tip', hidden: true });
  const plot = h('div', { class: 'plot' }, canvas, layer, tip);
  const pointAt = (event) => {
    const bounds = canvas.getBoundingClientRect();
    const scale = WIDTH / bounds.width;
    return nearest((event.clientX - bounds.left) * scale, (event.clientY - bounds.top) * scale);
  };
  plot.addEventListener('mousemove', (event) => {
    const point = pointAt(event);
    tip.hidden = !point;
    if (!point) return;
    const { term, a, b, z } = point.entry;
    tip.textContent = `${term}: ${a.toLocaleString('en')} in ${pair.a.name}, ${b.toLocaleString('en')} in ${pair.b.name}, z ${z.toFixed(1)}`;
    const scale = canvas.getBoundingClientRect().width / WIDTH;
    tip.style.left = `${Math.min(point.x * scale, canvas.clientWidth * 0.55)}px`;
    tip.style.top = `${point.y * scale + 8}px`;
  });
  plot.addEventListener('mouseleave', () => (tip.hidden = true));
  plot.addEventListener('click', (event) => {
    const point = pointAt(event);
    if (point) onPick(point.term);
  });
  return plot;
}
