// The single-file build's script (dist/newslens.html): the same element,
// analysing on the main thread with the wasm inlined, because a page opened
// from file:// may start neither module scripts nor workers.
import { newsLensClass } from './ui/element-class.js';
import { mountWidget } from './ui/widget.js';
import { WASM_BASE64 } from 'newslens:inline-wasm';

const wasm = Uint8Array.from(atob(WASM_BASE64), (char) => char.charCodeAt(0));

customElements.define('news-lens', newsLensClass((element, options) => mountWidget(element, options, { wasm })));
