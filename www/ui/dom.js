// Builds DOM nodes from a tag, attributes and children. Every string child
// becomes a text node: nothing newslens shows is ever parsed as HTML.
const SVG_NS = 'http://www.w3.org/2000/svg';

function build(namespace, tag, attributes, children) {
  const node = namespace ? document.createElementNS(namespace, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child != null && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** An HTML element: h('p', { class: 'note' }, 'text', h('b', null, 'bold')). */
export const h = (tag, attributes, ...children) => build(null, tag, attributes, children);

/** An SVG element, with the same conventions. */
export const svg = (tag, attributes, ...children) => build(SVG_NS, tag, attributes, children);

export const plural = (count, word, many = `${word}s`) => `${count.toLocaleString('en')} ${count === 1 ? word : many}`;

export const formatNumber = (value, digits = 0) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * `draw` as a function to call as often as something changes: it runs at
 * once, then at most every `ms` while calls keep coming, and always once
 * after the last of them.
 */
export function throttled(draw, ms) {
  let drawnAt = -Infinity;
  let timer = 0;
  return () => {
    timer ||= setTimeout(
      () => {
        timer = 0;
        drawnAt = Date.now();
        draw();
      },
      Math.max(0, drawnAt + ms - Date.now()),
    );
  };
}
