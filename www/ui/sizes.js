// The total size of the files a session was given, summed while the
// analysis runs. The first look at the size of a File the user picked is a
// synchronous call to the browser's process, 0.2 ms each and more while
// workers read: summed at once, the 31,508 files of a 50 MB corpus picked
// from disk froze the page for about 7 s before the first of them was read. So sizes are summed a slice of files at a time,
// one slice a task; the files the analysis takes first are sized by it
// anyway, and cost nothing here afterwards.

/** Files sized in one task: about 26 ms for files picked from disk. */
export const SIZE_SLICE = 128;

/**
 * `onChange()` is called after each slice summed later than `add` or
 * `reset`. `total` is the size of the sources summed so far;
 * `complete` says whether that is all of them.
 */
export function createSizeTally(onChange) {
  const sizes = new Map();
  let waiting = [];
  let next = 0;
  let total = 0;
  let timer = 0;

  function sumSlice() {
    const end = Math.min(waiting.length, next + SIZE_SLICE);
    for (; next < end; next++) {
      const source = waiting[next];
      if (sizes.has(source)) continue;
      const size = source.size;
      sizes.set(source, size);
      total += size;
    }
    if (next === waiting.length) {
      waiting = [];
      next = 0;
    }
  }

  function later() {
    timer = 0;
    sumSlice();
    if (waiting.length) timer = setTimeout(later);
    onChange();
  }

  return {
    /** Sums `sources`' sizes: a slice now, the rest in later tasks. */
    add(sources) {
      waiting = waiting.concat(sources);
      sumSlice();
      if (waiting.length && !timer) timer = setTimeout(later);
    },
    /** The total of exactly `sources` from now on: the sizes known are kept, the others summed as `add` does. */
    reset(sources) {
      const kept = new Set(sources);
      for (const [source, size] of sizes) {
        if (kept.has(source)) continue;
        total -= size;
        sizes.delete(source);
      }
      clearTimeout(timer);
      timer = 0;
      waiting = [];
      next = 0;
      this.add(sources);
    },
    /** `source`'s size if it has been summed, otherwise 0. */
    known: (source) => sizes.get(source) ?? 0,
    get total() {
      return total;
    },
    get complete() {
      return waiting.length === 0;
    },
  };
}
