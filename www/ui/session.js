// One analysis session: the files the user gave, fed to an engine in small
// batches so that each file's entry and a refreshed report stream back while
// the rest is still being read. Cancelling, or a crash inside the wasm,
// replaces the engine with a fresh one and replays the files that had
// finished, so their results are kept; new analysis options replay them all
// into a corpus opened with those.
import { unreadable } from '../host.js';
import { AnalysisCrash, transferables } from './engine.js';
import { createSizeTally } from './sizes.js';

// The first batch is small, so that first results come soon; later ones
// are larger, since each round trip leaves the workers waiting (with a
// reader worker, a batch of 1 MB instead of 256 KB took a 10 MB drop from
// 3.4 to 2.7 s).
const FIRST_BATCH = { bytes: 256 * 1024, files: 64 };
const LATER_BATCH = { bytes: 1024 * 1024, files: 256 };
const MIN_REFRESH_MS = 200;
// The engine hands files' entries over at most this often rather than one
// message per file, which cost the worker a seventh of a large drop's time;
// the page redraws the file list no more often than every 250 ms anyway.
const ENTRIES_EVERY_MS = 50;
// The reports the views get list this many keywords, phrases and names at
// most: on a 10 MB drop, about half the time of a report whose lists run to
// the widget's 100,000, and a third of the JSON for the page to parse. A
// view that needs the rest asks for it (`wholeReport`).
const VIEW_TERMS = 2000;

/** Whether `report` may list fewer terms than the options allow, cut at VIEW_TERMS. */
const listsCut = (report) => [report.keywords, report.phrases, report.names].some((list) => list.length >= VIEW_TERMS);

/** A file that finished, queued again: its entry is listed and its progress counted already. */
const replayed = (source) => ({ source, listed: true, counted: true });

/** [the items `test` accepts, the others]. */
const partition = (items, test) => [items.filter(test), items.filter((item) => !test(item))];

const emptyFilter = (filter) =>
  !filter.outlets.length && !filter.articles.length && !filter.dateFrom && !filter.dateTo;

/**
 * `hooks`: startEngine(options) → engine opened with `options`, options (the
 * analysis options to start with), getFilter() → filter,
 * onEntry(entry), onProgress(progress), onReport({ base, report, filter, cut, failed, busy }),
 * onError(error). `cut` says whether `report`'s lists may stop short of
 * what the options allow (`wholeReport(filter)` gives them whole).
 * A source is { name, size, read() → Promise<Uint8Array>, blob? }; read() is
 * called again on replay, so it must return fresh bytes each time. A
 * `blob` (a user's File) goes to a worker engine as it is, to read there.
 */
export function createSession(hooks) {
  let options = hooks.options;
  let engine = null;
  let analysed = [];
  let failed = [];
  let queue = [];
  // The batch the engine was last given: some of it may still be unread.
  let inFlight = [];
  let generation = 0;
  let running = false;
  let corpusVersion = 0;
  let base = { version: -1, json: '' };
  let whole = { key: '', report: null };
  let lastRefreshAt = -Infinity;
  let refreshCost = 0;
  let refreshes = 0;
  const progress = { files: 0, totalFiles: 0, bytes: 0, busy: false };
  const sizes = createSizeTally(() => report());

  /** `totalBytes` is of the files sized so far; `sized` says whether that is all of them. */
  const report = () => hooks.onProgress({ ...progress, totalBytes: sizes.total, sized: sizes.complete });

  /** The files given and not read yet: those of the batch in flight the engine has not finished, then the queue. */
  function unread() {
    const finished = new Set(analysed);
    return [...inFlight.filter((item) => !finished.has(item.source)), ...queue];
  }

  async function currentEngine() {
    engine ??= hooks.startEngine(options).catch((error) => {
      engine = null;
      throw error;
    });
    return engine;
  }

  async function dropEngine() {
    const stale = engine;
    engine = null;
    (await stale?.catch(() => null))?.terminate();
  }

  function takeBatch(limit) {
    const batch = [];
    let bytes = 0;
    while (queue.length && batch.length < limit.files && (batch.length === 0 || bytes + queue[0].source.size <= limit.bytes)) {
      const item = queue.shift();
      bytes += item.source.size;
      batch.push(item);
    }
    return batch;
  }

  /** Lists `item`'s file as one that gave no articles, for the reason `error` (a message naming it). */
  function recordFailure(item, error) {
    failed.push({ name: item.source.name, format: 'unknown', articles: 0, duplicates: 0, error, warnings: [] });
    corpusVersion++;
    if (!item.counted) {
      progress.files++;
      progress.bytes += item.source.size;
    }
  }

  /** `refreshing` settles to the error of the report asked for just before, if it failed. */
  async function runBatch(batch, gen, refreshing) {
    const current = await currentEngine();
    // A worker reads a user's file itself, off this thread, which draws the
    // page meanwhile; an engine on this thread is handed the bytes.
    const files = await Promise.all(
      batch.map(async ({ source }) => {
        if (source.blob && !current.mainThread) return { name: source.name, blob: source.blob };
        try {
          return { name: source.name, bytes: await source.read() };
        } catch (error) {
          return { name: source.name, unreadable: unreadable(source.name, error) };
        }
      }),
    );
    if (gen !== generation) return;
    // A file this thread cannot read stops the batch there, as one a worker cannot read stops its request.
    const firstUnreadable = files.findIndex((file) => file.unreadable);
    const sent = firstUnreadable < 0 ? files : files.slice(0, firstUnreadable);
    let done = 0;
    const onFile = (entry) => {
      if (gen !== generation) return;
      const item = batch[done++];
      analysed.push(item.source);
      corpusVersion++;
      if (item.counted) return;
      progress.files++;
      progress.bytes += item.source.size;
      if (!item.listed) hooks.onEntry(entry);
      report();
    };
    try {
      // Of the files sized so far: sizing the rest here would freeze the page as summing them all at once did.
      const pending = queue.reduce((sum, item) => sum + sizes.known(item.source), 0);
      if (sent.length) await current.request({ type: 'add', files: sent, pending, entriesEvery: ENTRIES_EVERY_MS }, transferables(sent), onFile);
      if (firstUnreadable >= 0) throw files[firstUnreadable].unreadable;
    } catch (error) {
      if (gen !== generation) throw error;
      // A file that could not be read (moved, or changed since it was
      // picked) is listed with the reason, and the files after it are read on.
      if (error?.name === 'NewslensError' && error.file === batch[done]?.source.name) {
        recordFailure(batch[done], error.message);
        queue.unshift(...batch.slice(done + 1));
        return;
      }
      if (!(error instanceof AnalysisCrash)) throw error;
      // The engine answers in order: when its report crashed, the batch only found it stopped.
      const reportFailure = await refreshing;
      if (reportFailure) throw reportFailure;
      const current = await engine;
      if (current?.mainThread) {
        throw new Error(`${batch[done].source.name}: the analysis crashed on this file (${error.message}); reload the page to start again`);
      }
      const name = batch[done].source.name;
      recordFailure(batch[done], `${name}: the analysis crashed on this file (${error.message}); the other files were kept`);
      queue.unshift(...analysed.map(replayed), ...batch.slice(done + 1));
      analysed = [];
      await dropEngine();
    }
  }

  async function run(gen) {
    let batches = 0;
    running = true;
    progress.busy = true;
    report();
    try {
      while (queue.length && gen === generation) {
        // Asked for before the batch is sent, the report covers the files
        // before it, and the engine reads on while this thread parses it
        // (reader workers too, while the counting worker reports).
        const due = batches > 0 && performance.now() - lastRefreshAt >= Math.max(MIN_REFRESH_MS, 4 * refreshCost);
        const refreshing = due ? refresh().then(() => null, (error) => error) : Promise.resolve(null);
        const batch = takeBatch(batches ? LATER_BATCH : FIRST_BATCH);
        inFlight = batch;
        await runBatch(batch, gen, refreshing);
        // Unless new options took it over meanwhile, every file of it is read.
        if (inFlight === batch) inFlight = [];
        batches++;
        const failure = await refreshing;
        if (failure) throw failure;
      }
    } catch (error) {
      if (gen === generation) hooks.onError(error);
    } finally {
      if (gen === generation) {
        running = false;
        progress.busy = false;
        report();
        await refresh().catch(hooks.onError);
      }
    }
  }

  /** Asks the engine for the unfiltered and the filtered report and hands both on. */
  async function refresh() {
    const ticket = ++refreshes;
    const filter = hooks.getFilter();
    const current = await currentEngine();
    const started = performance.now();
    const version = corpusVersion;
    const reportJson = (filter) => current.request({ type: 'call', method: 'reportJson', args: [filter, VIEW_TERMS] });
    if (base.version !== version) base = { version, json: await reportJson(null) };
    const json = emptyFilter(filter) ? base.json : await reportJson(filter);
    refreshCost = performance.now() - started;
    lastRefreshAt = performance.now();
    if (ticket !== refreshes) return;
    const parsedBase = JSON.parse(base.json);
    const report = json === base.json ? parsedBase : JSON.parse(json);
    hooks.onReport({ base: parsedBase, report, filter, cut: listsCut(report), failed, busy: running });
  }

  return {
    /** Queues sources for analysis; results stream to the hooks. */
    add(sources) {
      queue.push(...sources.map((source) => ({ source, listed: false, counted: false })));
      progress.totalFiles += sources.length;
      sizes.add(sources);
      if (!running) run(generation);
      else report();
    },
    /**
     * Stops reading: the files never read are dropped and their number
     * returned; every file read is kept, and those being counted again with
     * new options are counted on.
     */
    async cancel() {
      if (!running) return;
      generation++;
      running = false;
      const [kept, skipped] = partition(unread(), (item) => item.listed);
      queue = [...analysed.map(replayed), ...kept];
      inFlight = [];
      analysed = [];
      progress.totalFiles -= skipped.length;
      sizes.reset(queue.map((item) => item.source));
      await dropEngine();
      run(generation);
      return skipped.length;
    },
    /** Starts the engine before any file arrives, so that analysis fetches nothing. */
    warm: () => currentEngine().catch(hooks.onError),
    /**
     * Forgets every file. An idle engine just opens a new corpus; a busy one
     * is replaced, since that is the only way to stop it mid-file.
     */
    async clear() {
      generation++;
      const busy = running;
      running = false;
      queue = [];
      inFlight = [];
      analysed = [];
      failed = [];
      corpusVersion++;
      Object.assign(progress, { files: 0, totalFiles: 0, bytes: 0, busy: false });
      sizes.reset([]);
      if (busy || !engine) return dropEngine();
      // Not awaited: the engine answers in order, so files added next are read into the new corpus.
      currentEngine()
        .then((current) => current.request({ type: 'open', options }))
        .catch(hooks.onError);
      return undefined;
    },
    /**
     * Analyses every file again with `next` options, from the start, with
     * progress; the files' entries are not announced again. A busy engine
     * is replaced, an idle one opens a new corpus.
     */
    async reanalyse(next) {
      options = next;
      generation++;
      const busy = running;
      running = false;
      // Every file counts towards the new progress; those read before are not announced again.
      queue = [...analysed.map(replayed), ...unread()].map((item) => ({ ...item, counted: false }));
      inFlight = [];
      analysed = [];
      corpusVersion++;
      Object.assign(progress, { files: 0, totalFiles: queue.length, bytes: 0 });
      sizes.reset(queue.map((item) => item.source));
      if (busy || !engine) await dropEngine();
      else currentEngine().then((current) => current.request({ type: 'open', options })).catch(hooks.onError);
      if (queue.length) run(generation);
    },
    /** Stops everything and lets the engine go. */
    async close() {
      generation++;
      running = false;
      queue = [];
      await dropEngine();
    },
    refresh: () => refresh().catch(hooks.onError),
    /**
     * The report on the articles `filter` selects with every term the
     * options allow, parsed: for a view or an export that needs more than
     * the first VIEW_TERMS. Asked of the core once per corpus and filter.
     */
    wholeReport(filter) {
      const key = `${corpusVersion} ${JSON.stringify(filter)}`;
      if (whole.key !== key) {
        const report = currentEngine()
          .then((current) => current.request({ type: 'call', method: 'reportJson', args: [filter] }))
          .then(JSON.parse);
        whole = { key, report };
        report.catch(() => {
          if (whole.report === report) whole = { key: '', report: null };
        });
      }
      return whole.report;
    },
    /** Calls a query method of the core's Corpus (the views' way to ask for more). */
    async call(method, ...args) {
      return (await currentEngine()).request({ type: 'call', method, args });
    },
    get empty() {
      return analysed.length === 0 && failed.length === 0 && queue.length === 0;
    },
  };
}
