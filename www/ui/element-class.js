// The <news-lens> element class, built around a mount function so that the
// package entry (worker analysis) and the single-file build (main-thread
// analysis with the wasm inlined) share it.
const words = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean);

export function newsLensClass(mountWidget) {
  return class NewsLensElement extends HTMLElement {
    static observedAttributes = ['src', 'views', 'theme', 'wasm-url', 'worker-url', 'readers', 'samples', 'url-state'];

    #widget = null;

    connectedCallback() {
      this.#mounted();
    }

    #mounted() {
      this.#widget ??= mountWidget(this, this.#options());
      return this.#widget;
    }

    attributeChangedCallback(name, before, after) {
      if (!this.#widget || before === after) return;
      if (name === 'theme') {
        this.#widget.theme = after;
        return;
      }
      this.#widget.destroy();
      this.#widget = mountWidget(this, this.#options());
    }

    #options() {
      return {
        src: words(this.getAttribute('src')),
        views: words(this.getAttribute('views')),
        theme: this.getAttribute('theme') ?? 'auto',
        wasmUrl: this.getAttribute('wasm-url') ?? undefined,
        workerUrl: this.getAttribute('worker-url') ?? undefined,
        readers: this.hasAttribute('readers') ? Number(this.getAttribute('readers')) : undefined,
        samples: this.getAttribute('samples') ?? undefined,
        urlState: this.hasAttribute('url-state'),
      };
    }

    /** The report on screen (the filtered one when filters are set), or null. */
    get report() {
      return this.#widget?.report ?? null;
    }

    /** The report on screen with every term the analysis options allow, or null. */
    wholeReport() {
      return this.#widget?.wholeReport() ?? Promise.resolve(null);
    }

    /** Adds files (File objects or { name, bytes }) to the analysis. */
    addFiles(files) {
      return this.#mounted().addFiles(files);
    }

    /** Forgets every file. */
    clear() {
      return this.#mounted().clear();
    }
  };
}
