// The `newslens` command: arguments, output and exit status.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../bin/newslens.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const samples = fileURLToPath(new URL('../../www/samples/', import.meta.url));

const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: fixtures });

test('--json prints the same report as the JS API', async () => {
  const { analyze } = await import('newslens');
  const { readFileSync } = await import('node:fs');
  const result = run('--json', 'lantern-bridge.txt');
  assert.equal(result.status, 0, result.stderr);
  const expected = await analyze([{ name: 'lantern-bridge.txt', bytes: readFileSync(`${fixtures}lantern-bridge.txt`) }]);
  assert.deepEqual(JSON.parse(result.stdout), expected);
});

test('folders are read recursively, in name order', () => {
  const result = run('--json', samples);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(
    JSON.parse(result.stdout).files.map((file) => file.name.slice(samples.length)),
    [
      'harbour-herald-feed.xml',
      'harbour-herald-ferry.html',
      'harbour-herald-reopening.txt',
      'northgate-wire-cranes.txt',
      'northgate-wire-export.json',
      'port-ellery-roundup.txt',
      'valley-courier-archive.csv',
      'valley-courier-levy.txt',
    ],
  );
});

test('without --json a readable summary is printed', () => {
  const result = run('lantern-bridge.txt');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^lantern-bridge\.txt: text, 1 article\(s\)$/m);
  assert.match(result.stdout, /^1 articles, 112 words$/m);
  assert.match(result.stdout, /^ {2}bridge +6 {2}in 1$/m);
});

test('the summary lists the most quoted, with their gender, and whom each outlet quotes', () => {
  const result = run(samples, 'lantern-bridge.txt');
  assert.equal(result.status, 0, result.stderr);
  const section = (title) => result.stdout.trimEnd().split('\n\n').find((part) => part.startsWith(title)).split('\n').slice(1);
  assert.deepEqual(section('Most quoted:').slice(0, 2), [
    '  Ines Okafor                           8  female',
    '  Tomasz Wilk                           5  male',
  ]);
  assert.ok(section('Most quoted:').includes('  Ingrid Solberg                        3  female'), 'a given name says');
  assert.ok(section('Most quoted:').includes('  Anouk Verbeek                         1'), 'no gender when nothing says');
  assert.deepEqual(section('Outlets (articles, quotes, people quoted: women / men / unknown):'), [
    '  Civic Lantern                         1      2  0 / 0 / 2',
    '  Harbour Herald                        3     12  4 / 2 / 0',
    '  Northgate Wire                        4      7  4 / 1 / 0',
    '  Valley Courier                        5     14  3 / 2 / 0',
  ]);
});

test('exit status 1 when no file could be analysed, with the reasons in the report', () => {
  const result = run('--json', 'no-such-file.txt');
  assert.equal(result.status, 1);
  const report = JSON.parse(result.stdout);
  assert.equal(report.files.length, 1);
  assert.match(report.files[0].error, /^no-such-file\.txt: ENOENT/);
});

test('usage errors exit with status 2 and say what was wrong', () => {
  for (const [args, message] of [
    [[], /^Usage: newslens/],
    [['--frobnicate', 'a.txt'], /^newslens: unknown option --frobnicate/],
    [['--options', '{"keyword":{}}', 'lantern-bridge.txt'], /^newslens: invalid options: unknown field `keyword`/],
  ]) {
    const result = run(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, message);
  }
});
