// Every report conforms to docs/report.schema.json: the project's samples
// and fixtures always, and the real scraped pages in ../shared when present.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv/dist/2020.js';
import { analyze } from 'newslens';
import { dataPath, skipMessage } from './data.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/report.schema.json', import.meta.url)));
const validate = new Ajv({ allErrors: true }).compile(schema);

// Every file under `directory`, sub-folders included.
const filesIn = (directory) =>
  readdirSync(directory, { recursive: true })
    .filter((name) => !name.startsWith('.') && statSync(`${directory}/${name}`).isFile())
    .map((name) => ({ name, bytes: readFileSync(`${directory}/${name}`) }));

function assertValid(report) {
  const valid = validate(report);
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
}

test('reports of the samples and fixtures are schema-valid', async () => {
  const directories = ['../../www/samples', '../fixtures'].map((path) => new URL(path, import.meta.url).pathname);
  const report = await analyze(directories.flatMap(filesIn));
  assert.ok(report.articles.length >= 4);
  assertValid(report);
});

test('the schema covers outlets, stories and names: the samples have each, and a broken one is refused', async () => {
  const samples = new URL('../../www/samples', import.meta.url).pathname;
  const report = await analyze(filesIn(samples));
  assert.ok(report.names.length > 0 && report.stories.length > 0 && report.outlets.every((outlet) => outlet.distinctive.length > 0));
  assertValid(report);
  report.outlets[0].divergence['Nowhere Gazette'] = 1.5;
  delete report.outlets[1].distinctive[0].logRatio;
  report.stories[0].coverage[0].speakers.push({ name: 'Ingrid Solberg', quotes: 0 });
  report.stories[0].articles = [report.stories[0].articles[0]];
  report.names[0].kind = 'person';
  assert.equal(validate(report), false);
  assert.deepEqual(validate.errors.map((error) => error.instancePath).sort(), [
    '/names/0/kind',
    '/outlets/0/divergence/Nowhere Gazette',
    '/outlets/1/distinctive/0',
    '/stories/0/articles',
    `/stories/0/coverage/0/speakers/${report.stories[0].coverage[0].speakers.length - 1}/quotes`,
  ]);
});

test('the schema check itself rejects a broken report', async () => {
  const report = await analyze(filesIn(new URL('../fixtures', import.meta.url).pathname));
  report.articles[0].date = '14/03/2025';
  delete report.keywords[0].docs;
  assert.equal(validate(report), false);
  assert.deepEqual(validate.errors.map((error) => error.instancePath).sort(), ['/articles/0/date', '/keywords/0']);
});

test('the report of the real scraped dumps in ../shared/data/seeds is schema-valid', async (t) => {
  const seeds = dataPath('seeds');
  if (!seeds) return t.skip(skipMessage('seeds'));
  const report = await analyze(filesIn(seeds));
  assert.equal(report.files.filter((file) => file.error).length, 0);
  assertValid(report);
});
