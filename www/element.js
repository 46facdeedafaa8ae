// The package's "./element" entry: the <news-lens> custom element and
// mount(element, options), with analysis in a module worker. Registering the
// element is this module's one side effect.
import { newsLensClass } from './ui/element-class.js';
import { mountWidget } from './ui/widget.js';

// Written out in this form so that bundlers (Vite, webpack, esbuild) find
// and emit the worker next to this module.
const createWorker = () => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });

/** Builds the newslens widget in `element`'s shadow root; returns its controller. */
export function mount(element, options = {}) {
  return mountWidget(element, options, { createWorker });
}

export const NewsLensElement = newsLensClass(mount);

if (!customElements.get('news-lens')) customElements.define('news-lens', NewsLensElement);
