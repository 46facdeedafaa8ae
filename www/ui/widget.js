// The widget: loading files, the per-file list, progress with cancel, the
// filters, the view tabs and the exports, inside a shadow root. `mount()` and
// the <news-lens> element both build it. It analyses nothing itself: the
// session asks the core, and every view renders the report the core sent.
import { NewslensError } from '../analysis.js';
import { h, plural, throttled } from './dom.js';
import { mainThreadEngine, workerEngine } from './engine.js';
import { readerCount, withReaders } from './readers.js';
import { download, htmlReport } from './export.js';
import { sampleItems, sourceFromText, sourcesFromDrop, sourcesFromFiles, sourcesFromUrls, urlItems } from './loader.js';
import { createSession } from './session.js';
import { countingOf, emptyState, filterOf, parseHash, toHash, VIEWS, withCounting } from './state.js';
import { adoptStyles } from './styles.js';
import { dataTable } from './table.js';
import keywords from './views/keywords.js';
import outlets from './views/outlets.js';
import overview from './views/overview.js';
import quotes from './views/quotes.js';
import reader from './views/reader.js';
import stories from './views/stories.js';

const VIEW_MODULES = new Map([overview, keywords, outlets, stories, quotes, reader].map((view) => [view.id, view]));
const SPEAKER_COLOURS = 8;
const PROGRESS_DELAY_MS = 250;
const STREAM_DRAW_MS = 250;
// The widget lists every term the core ranks; the table is built for that.
const DEFAULT_ANALYSIS = { keywords: { limit: 100_000 } };
// The reader asks for the one article it shows, so the report leaves texts
// out unless the embedder asks for them: a third of the size on big corpora.
const PAGE_ANALYSIS = { articleText: false };
const WORKER_NOTE =
  'The analysis worker could not be started here, so newslens analyses on this page’s main thread: large drops will pause the page while they are read.';
const FILE_NOTE =
  'This copy of newslens analyses on the page’s main thread, because browsers start no workers for a page opened from disk: large drops will pause the page while they are read.';

function configure(options, environment) {
  const views = (options.views ?? []).filter((view) => VIEW_MODULES.has(view));
  return {
    src: options.src ?? [],
    views: views.length ? views : VIEWS,
    theme: ['light', 'dark'].includes(options.theme) ? options.theme : 'auto',
    wasm: options.wasmUrl ?? environment.wasm,
    workerUrl: options.workerUrl ?? null,
    readers: Number.isInteger(options.readers) && options.readers >= 0 ? options.readers : readerCount(),
    samples: options.samples ?? null,
    urlState: Boolean(options.urlState),
    analysis: { ...PAGE_ANALYSIS, ...(options.analysis ?? DEFAULT_ANALYSIS) },
  };
}

/**
 * Builds the widget in `host`'s shadow root. `environment` says how analysis
 * runs: createWorker() for the default worker, wasm (URL or bytes) for the
 * main-thread fallback, or startEngine() to supply an opened engine outright.
 */
export function mountWidget(host, options = {}, environment = {}) {
  const config = configure(options, environment);
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });

  let state = config.urlState ? parseHash(location.hash) : emptyState();
  // The first view listed opens first, unless a bookmarked hash names one.
  if (!(config.urlState && new URLSearchParams(location.hash.slice(1)).has('view'))) state.view = config.views[0];
  let data = null;
  // The report on screen with its lists whole, once a view or an export asked for them.
  let whole = { of: null, report: null };
  let entries = [];
  let loadErrors = [];
  let samplesOnly = false;
  let pastes = 0;
  let frame = 0;
  let progressTimer = 0;
  let focusAfterRender = null;
  // Per-view state that outlives a render (sort order, search text, scroll).
  const memos = new Map();
  const memo = (name) => {
    if (!memos.has(name)) memos.set(name, {});
    return memos.get(name);
  };

  const session = createSession({
    startEngine: environment.startEngine ?? startEngine,
    options: withCounting(config.analysis, state),
    getFilter: () => filterOf(state),
    onEntry(entry) {
      entries.push(entry);
      fileArrived();
    },
    onProgress: showProgress,
    onReport(next) {
      data = next;
      schedule();
      if (!next.busy) {
        setStatus(summary());
        host.dispatchEvent(new CustomEvent('report', { detail: next.report, bubbles: true, composed: true }));
      }
    },
    onError: (error) => setNote(`Analysis failed: ${error.message}`, true),
  });

  /** The report on screen with every term the options allow: asked of the core when the views' lists were cut. */
  const wholeReport = () => (data.cut ? session.wholeReport(data.filter) : Promise.resolve(data.report));

  /** Asks for the lists of the report on screen whole; it is drawn again when they arrive. */
  function loadWhole() {
    if (!data?.cut || data.busy || whole.of === data) return;
    const asked = data;
    whole = { of: asked, report: null };
    schedule();
    wholeReport().then(
      (report) => {
        if (whole.of !== asked) return;
        whole.report = report;
        schedule();
      },
      (error) => {
        if (whole.of === asked) whole = { of: null, report: null };
        setNote(`The full lists could not be loaded: ${error.message}`, true);
        schedule();
      },
    );
  }

  async function startEngine(options) {
    let note = FILE_NOTE;
    const createWorker = config.workerUrl ? () => new Worker(config.workerUrl, { type: 'module' }) : environment.createWorker;
    if (createWorker) {
      try {
        const wasmUrl = config.wasm ? String(config.wasm) : undefined;
        const engine = withReaders(workerEngine(createWorker(), wasmUrl), () => workerEngine(createWorker(), wasmUrl), {
          count: config.readers,
        });
        await engine.request({ type: 'open', options });
        return engine;
      } catch (error) {
        if (error instanceof NewslensError) throw error;
        note = WORKER_NOTE;
      }
    }
    const engine = await mainThreadEngine(config.wasm);
    await engine.request({ type: 'open', options });
    setNote(note);
    return engine;
  }

  // ---- the static frame ----
  const fileInput = h('input', { type: 'file', multiple: true, hidden: true, onchange: () => pick(fileInput) });
  const folderInput = h('input', { type: 'file', webkitdirectory: true, hidden: true, onchange: () => pick(folderInput) });
  const dropZone = h(
    'div',
    {
      id: 'drop-zone',
      class: 'drop',
      role: 'button',
      tabindex: 0,
      'aria-describedby': 'drop-help',
      onclick: () => fileInput.click(),
      onkeydown: (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          fileInput.click();
        }
      },
    },
    h('strong', null, 'Drop article files or folders here'),
    h('span', null, ' or press Enter to choose files'),
  );
  const pasteText = h('textarea', { id: 'paste-text', rows: 6 });
  const pastePanel = h(
    'form',
    {
      class: 'paste',
      hidden: true,
      onsubmit: (event) => {
        event.preventDefault();
        if (!pasteText.value.trim()) return;
        addSources([sourceFromText(`pasted-${++pastes}.txt`, pasteText.value)]);
        pasteText.value = '';
        pastePanel.hidden = true;
      },
    },
    h('label', { for: 'paste-text' }, 'Paste one or more articles (a headline line, then the text)'),
    pasteText,
    h('button', { type: 'submit' }, 'Analyse the text'),
  );
  const samplesButton = config.samples && h('button', { type: 'button', onclick: () => loadSamples() }, 'Try the samples');
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const note = h('p', { class: 'note', hidden: true });
  const progressBar = h('progress', { max: 1, value: 0, 'aria-label': 'Analysis progress' });
  const progressText = h('span');
  const progress = h(
    'div',
    { class: 'progress', hidden: true },
    progressBar,
    progressText,
    h('button', { type: 'button', onclick: cancel }, 'Cancel'),
  );
  const filesBox = h('div', { class: 'files' });
  const filters = h('form', { class: 'filters', 'aria-label': 'Filters', onsubmit: (event) => event.preventDefault() });
  const tabs = h('div', { role: 'tablist', 'aria-label': 'Views', onkeydown: tabKeys });
  const panel = h('div', { role: 'tabpanel', id: 'panel', 'data-key': 'panel', tabindex: -1, class: 'panel' });
  const exports = h(
    'div',
    { class: 'exports' },
    h('button', { type: 'button', onclick: () => exporting(exportJson) }, 'Download the report (JSON)'),
    h('button', { type: 'button', onclick: () => exporting(exportHtml) }, 'Download an HTML report'),
  );
  const frameNode = h(
    'div',
    { class: 'nl', 'data-theme': config.theme, ondragover: dragOver, ondragleave: () => dropZone.classList.remove('over'), ondrop: drop, onclick: followLink },
    h(
      'section',
      { class: 'load', 'aria-label': 'Load articles' },
      dropZone,
      h('p', { id: 'drop-help', class: 'muted' }, 'Text, HTML, JSON, CSV, RSS/Atom and Markdown files. Nothing leaves this computer.'),
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'button', onclick: () => fileInput.click() }, 'Choose files'),
        h('button', { type: 'button', onclick: () => folderInput.click() }, 'Choose a folder'),
        h('button', { type: 'button', 'aria-expanded': 'false', onclick: togglePaste }, 'Paste text'),
        samplesButton,
        h('button', { type: 'button', onclick: clearAll }, 'Clear'),
      ),
      fileInput,
      folderInput,
      pastePanel,
      status,
      progress,
      note,
      filesBox,
    ),
    filters,
    tabs,
    panel,
    exports,
  );
  root.replaceChildren(frameNode);
  adoptStyles(root);

  // ---- loading ----
  async function addSources(sources, { samples = false } = {}) {
    if (samplesOnly && !samples) await clearAll();
    samplesOnly = samples && (samplesOnly || session.empty);
    if (sources.length) {
      setStatus(`Analysing ${plural(sources.length, 'file')}…`);
      session.add(sources);
    }
  }

  function pick(input) {
    addSources(sourcesFromFiles(input.files));
    input.value = '';
  }

  function dragOver(event) {
    event.preventDefault();
    dropZone.classList.add('over');
  }

  function drop(event) {
    event.preventDefault();
    dropZone.classList.remove('over');
    if (!event.dataTransfer) return;
    sourcesFromDrop(event.dataTransfer).then((sources) => addSources(sources), (error) => setNote(`The drop could not be read: ${error.message}`, true));
  }

  function togglePaste(event) {
    pastePanel.hidden = !pastePanel.hidden;
    event.currentTarget.setAttribute('aria-expanded', String(!pastePanel.hidden));
    if (!pastePanel.hidden) pasteText.focus();
  }

  async function loadUrls(items, samples) {
    const { sources, errors } = await sourcesFromUrls(items);
    loadErrors.push(...errors);
    await addSources(sources, { samples });
    schedule();
  }

  async function loadSamples() {
    await clearAll();
    try {
      await loadUrls(await sampleItems(config.samples, document.baseURI), true);
    } catch (error) {
      setNote(`The samples could not be loaded: ${error.message}`, true);
    }
  }

  async function clearAll() {
    await session.clear();
    data = null;
    entries = [];
    loadErrors = [];
    samplesOnly = false;
    showProgress({ busy: false });
    setStatus('');
    schedule();
  }

  async function cancel() {
    const skipped = await session.cancel();
    if (skipped === undefined) return;
    // Files read before are never dropped: a recount of them goes on.
    setNote(
      skipped
        ? `Cancelled: ${plural(skipped, 'file')} not read; the files already read are kept.`
        : 'Nothing to cancel: every file was read before, and is being counted again with the new settings.',
    );
  }

  // ---- status, progress, notes ----
  function setStatus(text) {
    status.textContent = text;
  }

  function setNote(text, alert = false) {
    note.textContent = text;
    note.hidden = !text;
    note.classList.toggle('error', alert);
    note.setAttribute('role', alert ? 'alert' : 'note');
  }

  let latestProgress = { busy: false };
  const drawProgress = throttled(() => {
    const value = latestProgress;
    if (!value.busy) return;
    // Until every file is sized, the bar goes by files and the text gives the megabytes read alone.
    progressBar.value = value.sized ? (value.totalBytes ? value.bytes / value.totalBytes : 0) : value.files / value.totalFiles;
    const megabytes = `${(value.bytes / 1e6).toFixed(1)}${value.sized ? ` of ${(value.totalBytes / 1e6).toFixed(1)}` : ''} MB`;
    progressText.textContent = `${value.files.toLocaleString('en')} of ${plural(value.totalFiles, 'file')}, ${megabytes}`;
  }, STREAM_DRAW_MS);

  function showProgress(value) {
    latestProgress = value;
    if (!value.busy) {
      clearTimeout(progressTimer);
      progressTimer = 0;
      progress.hidden = true;
      return;
    }
    drawProgress();
    // Armed once, not on every update: files streaming in faster than the
    // delay would otherwise put the bar off until the drop ended.
    if (progress.hidden && !progressTimer) {
      progressTimer = setTimeout(() => {
        progressTimer = 0;
        progress.hidden = false;
      }, PROGRESS_DELAY_MS);
    }
  }

  function summary() {
    const report = data?.base;
    if (!report) return '';
    const words = report.articles.reduce((sum, article) => sum + article.words, 0);
    const failures = report.files.filter((file) => file.error).length + data.failed.length + loadErrors.length;
    return `${plural(report.files.length + data.failed.length + loadErrors.length, 'file')}: ${plural(report.articles.length, 'article')}, ${plural(words, 'word')}${failures ? `, ${plural(failures, 'file')} with errors` : ''}.`;
  }

  // ---- navigation ----
  // The state changes at once; the hash follows it, so quick successive
  // changes (a checkbox, then a date) never read a stale state.
  function navigate(patch) {
    const next = { ...state, ...patch };
    if (config.urlState && toHash(next) !== location.hash) location.hash = toHash(next);
    apply(next);
  }

  function apply(next) {
    const changed = (of) => JSON.stringify(of(next)) !== JSON.stringify(of(state));
    const filterChanged = changed(filterOf);
    const countingChanged = changed(counting);
    state = next;
    schedule();
    if (countingChanged) countAgain();
    else if (filterChanged && !session.empty) session.refresh();
  }

  const counting = (of) => countingOf(of, config.analysis.keywords);

  /** The counting settings `chosen`, as state: null for each that is the embedder's. */
  function countingState(chosen) {
    const embedders = counting(emptyState());
    const same = (key) => JSON.stringify(chosen[key]) === JSON.stringify(embedders[key]);
    return Object.fromEntries(Object.keys(embedders).map((key) => [key, same(key) ? null : chosen[key]]));
  }

  function countAgain() {
    if (!session.empty) setStatus('Counting every file again with the new settings…');
    session.reanalyse(withCounting(config.analysis, state));
  }

  function onHashChange() {
    if (location.hash !== toHash(state)) apply(parseHash(location.hash));
  }
  if (config.urlState) addEventListener('hashchange', onHashChange);

  function followLink(event) {
    const link = event.composedPath().find((node) => node instanceof Element && node.hasAttribute('data-nav'));
    if (!link || event.button || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const patch = JSON.parse(link.getAttribute('data-nav'));
    // A link to another view moves focus to that view, as following a link to a page would.
    if (patch.view && patch.view !== state.view) focusAfterRender = 'panel';
    navigate(patch);
  }

  function tabKeys(event) {
    const order = config.views;
    const current = order.indexOf(currentView().id);
    const moves = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: order.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const view = order[(moves[event.key] + order.length) % order.length];
    focusAfterRender = `tab-${view}`;
    navigate({ view });
  }

  const currentView = () => VIEW_MODULES.get(config.views.includes(state.view) ? state.view : config.views[0]);

  // ---- rendering ----
  // Files stream in by the hundred a second while the report on screen
  // stays the same, so a new file's entry redraws the file list alone, at
  // most every STREAM_DRAW_MS: redrawing the view, the list and the
  // progress for each one kept the page's thread busy enough to slow the
  // workers beside it.
  const fileArrived = throttled(() => schedule({ filesOnly: true }), STREAM_DRAW_MS);
  let redrawAll = false;
  function schedule({ filesOnly = false } = {}) {
    redrawAll ||= !filesOnly;
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      heldBack = pressed;
      if (heldBack) return;
      const all = redrawAll;
      redrawAll = false;
      render(all);
    });
  }
  // A redraw between a press and its release replaces what was pressed and
  // loses the click (a sort, a link, a tab while a drop streams in), so it
  // waits for the release.
  let pressed = false;
  let heldBack = false;
  const RELEASES = ['pointerup', 'pointercancel'];
  const release = () => {
    pressed = false;
    for (const type of RELEASES) removeEventListener(type, release, true);
    if (heldBack) schedule({ filesOnly: !redrawAll });
  };
  root.addEventListener('pointerdown', () => {
    pressed = true;
    for (const type of RELEASES) addEventListener(type, release, true);
  });

  function context(report, base) {
    const wholeLoaded = whole.of === data && whole.report !== null;
    const byId = new Map(report.articles.map((article) => [article.id, article]));
    const baseById = new Map(base.articles.map((article) => [article.id, article]));
    const speakerIndex = new Map(base.speakers.map((speaker, index) => [speaker.name, index]));
    const article = (id) => byId.get(id) ?? baseById.get(id);
    const headline = (entry) => (entry ? entry.headline || `${entry.file}, article ${entry.id + 1}` : 'an article not in this report');
    const link = (patch, text) => h('a', { href: toHash({ ...state, ...patch }), 'data-nav': JSON.stringify(patch) }, text);
    return {
      report,
      base,
      state,
      navigate,
      rerender: () => schedule(),
      memo: (key) => memo(`${state.view}:${key}`),
      article,
      headline,
      link,
      articleLink: (id) => link({ view: 'reader', read: id }, headline(article(id))),
      speakerLink: (name) => link({ view: 'quotes', speaker: name }, name),
      termLink: (term) => link({ view: 'keywords', q: term }, term),
      outletLink: (name) => link({ outlets: [name] }, name),
      /**
       * For a view whose lists may be cut short: the report with them whole
       * once loaded (null until then), and how to ask for it; `more` is
       * null when there is nothing more to load.
       */
      whole: data.cut ? (wholeLoaded ? whole.report : null) : report,
      more: data.cut && !data.busy && !wholeLoaded ? { loading: whole.of === data, load: loadWhole } : null,
      /** The counting settings in effect, and how to change them (which reads every file again). */
      counting: counting(state),
      countWith: (chosen) => navigate(countingState(chosen)),
      /** Asks the core's Corpus one of its queries (article, concordance, compareOutlets). */
      query: (method, ...args) => session.call(method, ...args),
      filter: filterOf(state),
      speakerClass: (name) => (speakerIndex.has(name) ? `s${speakerIndex.get(name) % SPEAKER_COLOURS}` : 'su'),
    };
  }

  function render(all) {
    const focusKey = focusAfterRender ?? root.activeElement?.getAttribute('data-key');
    focusAfterRender = null;
    renderFiles();
    if (all) {
      renderFilters();
      renderTabs();
      renderPanel();
      for (const button of exports.children) button.disabled = !data;
    }
    if (focusKey) root.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
  }

  // While files stream in, the entries the report does not cover yet follow
  // its files; once the session is idle the report lists every file it holds
  // (after a cancelled recount, fewer than were announced).
  function fileRows() {
    const reported = data?.base.files ?? [];
    const streaming = data?.busy ?? true;
    return [...reported, ...(streaming ? entries.slice(reported.length) : []), ...(data?.failed ?? []), ...loadErrors];
  }

  function renderFiles() {
    const rows = fileRows();
    if (!rows.length) {
      filesBox.replaceChildren();
      return;
    }
    filesBox.replaceChildren(
      dataTable({
        caption: 'Files',
        memo: memo('files'),
        rows,
        search: { label: 'Search files', value: (file) => file.name },
        columns: [
          { label: 'File', width: '34%', value: (file) => file.name },
          { label: 'Format', width: '12%', value: (file) => file.format },
          { label: 'Articles', width: '11%', numeric: true, value: (file) => file.articles },
          { label: 'Duplicates', width: '12%', numeric: true, value: (file) => file.duplicates },
          {
            label: 'Problems',
            width: '31%',
            value: (file) => [file.error, ...file.warnings].filter(Boolean).join('; '),
            cell: (file) => (file.error ? h('span', { class: 'error' }, file.error) : file.warnings.join('; ')),
          },
        ],
      }),
    );
  }

  function renderFilters() {
    const base = data?.base;
    if (!base?.articles.length) {
      filters.replaceChildren();
      return;
    }
    const dates = base.articles.map((article) => article.date).filter(Boolean).sort();
    const active = filterOf(state);
    const filtering = active.outlets.length || active.articles.length || active.dateFrom || active.dateTo;
    const choices = memo('filters');
    const outletChoices = base.outlets.length
      ? h(
          'details',
          { class: 'choices', open: choices.open, ontoggle: (event) => (choices.open = event.target.open) },
          h('summary', { 'data-key': 'outlets' }, state.outlets.length ? `Outlets: ${state.outlets.join(', ')}` : 'Outlets: all'),
          base.outlets.map((outlet) =>
            h(
              'label',
              null,
              h('input', {
                type: 'checkbox',
                'data-key': `outlet:${outlet.name}`,
                checked: state.outlets.includes(outlet.name),
                onchange: (event) =>
                  navigate({ outlets: event.target.checked ? [...state.outlets, outlet.name] : state.outlets.filter((name) => name !== outlet.name) }),
              }),
              ` ${outlet.name}`,
            ),
          ),
        )
      : null;
    const dateInput = (key, label) =>
      dates.length || state[key]
        ? h(
            'label',
            null,
            `${label} `,
            h('input', { type: 'date', 'data-key': key, value: state[key], min: dates[0], max: dates.at(-1), onchange: (event) => navigate({ [key]: event.target.value }) }),
          )
        : null;
    const parts = [
      h('span', { class: 'muted' }, filtering ? `Showing ${data.report.articles.length} of ${plural(base.articles.length, 'article')}` : `All ${plural(base.articles.length, 'article')}`),
      outletChoices,
      dateInput('from', 'From'),
      dateInput('to', 'To'),
      state.articles.length ? h('span', { class: 'chip' }, `Only ${plural(state.articles.length, 'chosen article')}`) : null,
      filtering
        ? h('button', { type: 'button', class: 'small', 'data-key': 'reset', onclick: () => navigate({ outlets: [], articles: [], from: '', to: '' }) }, 'Show all articles')
        : null,
    ];
    filters.replaceChildren(...parts.filter(Boolean));
  }

  function renderTabs() {
    const selected = currentView();
    tabs.replaceChildren(
      ...config.views.map((id) => {
        const view = VIEW_MODULES.get(id);
        const chosen = view === selected;
        return h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `tab-${id}`,
            'data-key': `tab-${id}`,
            'aria-selected': String(chosen),
            'aria-controls': 'panel',
            tabindex: chosen ? 0 : -1,
            onclick: () => navigate({ view: id }),
          },
          view.label,
        );
      }),
    );
    panel.setAttribute('aria-labelledby', `tab-${selected.id}`);
  }

  function renderPanel() {
    const view = currentView();
    if (!data) {
      panel.replaceChildren(h('p', { class: 'empty' }, session.empty ? 'Drop article files above, paste text, or try the samples.' : 'Reading the first files…'));
      return;
    }
    try {
      panel.replaceChildren(view.render(context(data.report, data.base)));
    } catch (error) {
      panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, `The ${view.label} view could not show this report: ${error.message}`));
    }
  }

  // ---- exports ----
  // Both wait for the whole report when the one on screen was cut for the views.
  const exporting = (exporter) => exporter().catch((error) => setNote(`The download failed: ${error.message}`, true));

  async function exportJson() {
    if (data) download('newslens-report.json', JSON.stringify(await wholeReport(), null, 2), 'application/json');
  }

  async function exportHtml() {
    if (!data) return;
    const report = await wholeReport();
    const title = (id) => report.articles.find((article) => article.id === id)?.headline ?? `article ${id + 1}`;
    const words = report.articles.reduce((sum, article) => sum + article.words, 0);
    const tables = [
      { caption: 'Files', header: ['File', 'Format', 'Articles', 'Error'], rows: report.files.map((f) => [f.name, f.format, f.articles, f.error]) },
      { caption: 'Articles', header: ['Headline', 'Outlet', 'Date', 'Words', 'File'], rows: report.articles.map((a) => [a.headline, a.outlet, a.date, a.words, a.file]) },
      { caption: 'Keywords', header: ['Term', 'Count', 'Articles'], rows: report.keywords.slice(0, 500).map((k) => [k.term, k.count, k.docs]) },
      {
        caption: 'Outlets',
        header: ['Outlet', 'Articles', 'Words', 'Quotes', 'People quoted: women / men / unknown', 'Distinctive terms'],
        rows: report.outlets.map((o) => [o.name, o.articles, o.words, o.quotes, `${o.speakerGenders.female} / ${o.speakerGenders.male} / ${o.speakerGenders.unknown}`, o.distinctive.slice(0, 10).map((d) => d.term).join(', ')]),
      },
      { caption: 'Speakers', header: ['Speaker', 'Also called', 'Gender', 'Quotes'], rows: report.speakers.map((s) => [s.name, s.aliases.join('; '), s.gender, s.quotes]) },
      { caption: 'Quotes', header: ['Speaker', 'Quote', 'Verb', 'Article'], rows: report.quotes.map((q) => [q.speaker, q.text, q.verb, title(q.article)]) },
      { caption: 'Stories', header: ['Story', 'Outlets', 'Articles'], rows: report.stories.map((s) => [s.id + 1, s.outlets.join(', '), s.articles.map(title).join(' | ')]) },
    ];
    const summaryText = `${plural(report.articles.length, 'article')}, ${plural(words, 'word')}, ${plural(report.quotes.length, 'quote')}; made by newslens on ${new Date().toISOString().slice(0, 10)}.`;
    download('newslens-report.html', htmlReport('newslens report', summaryText, tables, report), 'text/html');
  }

  // ---- start ----
  render(true);
  session.warm();
  if (config.src.length) loadUrls(urlItems(config.src, document.baseURI), false);
  else if (config.samples) loadSamples();

  return {
    /** `light`, `dark` or `auto` (follow the system). */
    set theme(theme) {
      frameNode.setAttribute('data-theme', ['light', 'dark'].includes(theme) ? theme : 'auto');
    },
    get report() {
      return data?.report ?? null;
    },
    /** The report on screen with every term the analysis options allow (null before the first). */
    wholeReport: () => (data ? wholeReport() : Promise.resolve(null)),
    /** Adds files: File objects or { name, bytes: Uint8Array }. */
    addFiles(files) {
      return addSources(
        [...files].map((file) => (file instanceof Blob ? sourcesFromFiles([file])[0] : { name: file.name, size: file.bytes.length, read: async () => file.bytes.slice() })),
      );
    },
    clear: clearAll,
    destroy() {
      session.close();
      if (config.urlState) removeEventListener('hashchange', onHashChange);
      root.replaceChildren();
    },
  };
}
