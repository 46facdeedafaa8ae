// What a drop becomes: files inside dropped folders, walked in name order
// with their paths as names and hidden files skipped; plain file lists when
// the browser gives no entries; and fetch failures as per-file errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourcesFromDrop, sourcesFromUrls, urlItems } from '../../www/ui/loader.js';

// The parts of the File and Directory Entries API that a drop hands over.
const fileEntry = (name, text = name) => ({ isFile: true, name, file: (resolve) => resolve(new File([text], name)) });
function folderEntry(name, children) {
  return {
    isFile: false,
    name,
    // Browsers hand entries over in batches until an empty one.
    createReader() {
      const batches = [children.slice(0, 2), children.slice(2), []];
      return { readEntries: (resolve) => resolve(batches.shift()) };
    },
  };
}
const dropOf = (entries) => ({
  items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })),
  files: [],
});

test('dropped folders are walked in name order, hidden files skipped, names keep their path', async () => {
  const drop = dropOf([
    fileEntry('loose.txt', 'loose'),
    folderEntry('port-ellery', [
      fileEntry('valley.txt'),
      fileEntry('.DS_Store'),
      folderEntry('2025', [fileEntry('march.html'), fileEntry('april.json')]),
      fileEntry('herald.txt', 'The harbour reopened.'),
    ]),
  ]);
  const sources = await sourcesFromDrop(drop);
  assert.deepEqual(sources.map((source) => source.name), [
    'loose.txt',
    'port-ellery/2025/april.json',
    'port-ellery/2025/march.html',
    'port-ellery/herald.txt',
    'port-ellery/valley.txt',
  ]);
  const herald = sources[3];
  assert.equal(herald.size, 21);
  assert.equal(new TextDecoder().decode(await herald.read()), 'The harbour reopened.');
  assert.notEqual(await herald.read(), await herald.read(), 'each read gives fresh bytes to transfer');
});

test('without directory entries the plain file list is used', async () => {
  const files = [new File(['a'], 'a.txt'), new File(['bb'], 'b.txt')];
  const sources = await sourcesFromDrop({ items: [{ kind: 'file', webkitGetAsEntry: () => null }], files });
  assert.deepEqual(sources.map((source) => [source.name, source.size]), [['a.txt', 1], ['b.txt', 2]]);
});

test('URLs that cannot be fetched become error entries naming the file', async () => {
  const { sources, errors } = await sourcesFromUrls(urlItems(['http://127.0.0.1:9/missing-story.html'], 'http://127.0.0.1/'));
  assert.deepEqual(sources, []);
  assert.equal(errors.length, 1);
  assert.match(errors[0].error, /^missing-story\.html: could not be loaded \(.+\)$/);
  assert.deepEqual(urlItems(['stories/a%20b.txt', 'https://example.invalid/'], 'https://host.invalid/page/'), [
    { name: 'a b.txt', url: 'https://host.invalid/page/stories/a%20b.txt' },
    { name: 'example.invalid', url: 'https://example.invalid/' },
  ]);
});
