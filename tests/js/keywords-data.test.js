// The whole pipeline on real news: the abp-dev articles (Reuters, BBC News,
// The Guardian) through analyze(). The top 50 terms must hold no caption or
// page-furniture words and no split abbreviations. Skips when the data is
// absent, and while ingest does not yet read these JSON files as articles.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from 'newslens';
import { dataPath, skipMessage } from './data.js';

const FURNITURE = [
  'caption', 'copyright', 'device', 'email', 'facebook', 'file', 'getty', 'image', 'images', 'media', 'messenger',
  'photo', 'pinterest', 'playback', 'reuters', 'share', 'twitter', 'unsupported', 'whatsapp',
];

test('the top 50 terms of abp-dev hold no furniture and no split abbreviations', async (t) => {
  const folder = dataPath('abp-dev/jsons');
  if (!folder) return t.skip(skipMessage('abp-dev/jsons'));
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(`${folder}/${name}`) }));
  const report = await analyze(files, { keywords: { limit: 50 } });
  if (report.files[0].format !== 'json' || report.articles.length !== files.length) {
    return t.skip(`ingest reads ${report.files[0].name} as "${report.files[0].format}", not as JSON articles yet`);
  }
  const top = report.keywords.map((keyword) => keyword.term);
  assert.deepEqual(top.filter((term) => FURNITURE.includes(term.toLowerCase())), [], top.join(', '));
  assert.deepEqual(top.filter((term) => [...term].length === 1), [], top.join(', '));
  assert.ok(top.includes('US') || top.includes('U.S.'), top.join(', '));
});
