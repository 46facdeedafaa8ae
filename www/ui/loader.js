// Turns what the user gives (dropped files and folders, picked files, pasted
// text, URLs, the sample manifest) into sources for the session: a name, a
// size and a read() that returns fresh bytes every time it is called, and
// for a user's file the File itself (`blob`), which a worker can read.

// A File's size is looked up when first asked for, which for a file picked
// from disk is a synchronous call to the browser (see sizes.js).
const fromFile = (file, name = file.webkitRelativePath || file.name) => ({
  name,
  get size() {
    return file.size;
  },
  blob: file,
  read: async () => new Uint8Array(await file.arrayBuffer()),
});

const fromBytes = (name, bytes) => ({ name, size: bytes.length, read: async () => bytes.slice() });

export const sourcesFromFiles = (files) => [...files].map((file) => fromFile(file));

export const sourceFromText = (name, text) => fromBytes(name, new TextEncoder().encode(text));

const entryFile = (entry) => new Promise((resolve, reject) => entry.file(resolve, reject));
const readBatch = (reader) => new Promise((resolve, reject) => reader.readEntries(resolve, reject));

// Files inside dropped folders, depth first in name order; hidden files
// (.DS_Store and the like) inside folders are skipped.
async function walk(entry, path) {
  if (entry.isFile) return [fromFile(await entryFile(entry), path + entry.name)];
  const reader = entry.createReader();
  const children = [];
  for (let batch = await readBatch(reader); batch.length; batch = await readBatch(reader)) children.push(...batch);
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const nested = await Promise.all(
    children.filter((child) => !child.name.startsWith('.')).map((child) => walk(child, `${path}${entry.name}/`)),
  );
  return nested.flat();
}

/**
 * The sources of a drop. The entries must be taken from the DataTransfer
 * before the handler awaits anything, so this is called synchronously.
 */
export function sourcesFromDrop(dataTransfer) {
  const items = [...(dataTransfer.items ?? [])].filter((item) => item.kind === 'file');
  const entries = items.map((item) => item.webkitGetAsEntry?.());
  if (!items.length || entries.some((entry) => !entry)) {
    return Promise.resolve(sourcesFromFiles(dataTransfer.files));
  }
  return Promise.all(entries.map((entry) => walk(entry, ''))).then((lists) => lists.flat());
}

/**
 * Fetches each URL. Resolves to { sources, errors }: a URL that cannot be
 * fetched becomes a files[]-shaped error entry instead of stopping the rest.
 */
export async function sourcesFromUrls(items) {
  const results = await Promise.all(
    items.map(async ({ name, url }) => {
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return fromBytes(name, new Uint8Array(await response.arrayBuffer()));
      } catch (error) {
        return { name, format: 'unknown', articles: 0, duplicates: 0, error: `${name}: could not be loaded (${error.message})`, warnings: [] };
      }
    }),
  );
  return { sources: results.filter((item) => item.read), errors: results.filter((item) => !item.read) };
}

/** Names for article URLs: the last path segment, or the host. */
export const urlItems = (urls, base) =>
  urls.map((url) => {
    const resolved = new URL(url, base);
    return { name: decodeURIComponent(resolved.pathname.split('/').pop() || resolved.hostname), url: resolved.href };
  });

/** The build writes the sample manifest: [{ name, url, bytes }], URLs relative to it. */
export async function sampleItems(manifestUrl, base) {
  const url = new URL(manifestUrl, base);
  const manifest = await (await fetch(url)).json();
  return manifest.map((sample) => ({ name: sample.name, url: new URL(sample.url, url).href }));
}
