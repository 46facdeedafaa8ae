#!/usr/bin/env node
// The command-line interface: reads the files and folders it is given,
// analyses them with the same wasm core as the page, and prints the report.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../www/node.js';

const USAGE = `Usage: newslens [--json] [--options JSON] FILE|FOLDER...

Analyses news article files on this machine and prints a summary, or with
--json the full report (schema "newslens/1"). Folders are read recursively.

  --json            print the report as JSON
  --options JSON    analysis options, e.g. '{"keywords":{"limit":100}}'
  -h, --help        show this help

Exit status: 0 when at least one file was analysed, 1 when none was, 2 on a
usage error.`;

function parseArguments(argv) {
  const parsed = { json: false, options: undefined, paths: [] };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--json') parsed.json = true;
    else if (argument === '-h' || argument === '--help') parsed.help = true;
    else if (argument === '--options') parsed.options = JSON.parse(argv[++index] ?? 'null');
    else if (argument.startsWith('-') && argument !== '-') throw new Error(`unknown option ${argument}`);
    else parsed.paths.push(argument);
  }
  return parsed;
}

function* filesUnder(path) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) yield* filesUnder(join(path, entry));
  } else {
    yield path;
  }
}

function readInputs(paths) {
  const files = [];
  const unreadable = [];
  for (const path of paths) {
    try {
      for (const file of filesUnder(path)) files.push({ name: file, bytes: readFileSync(file) });
    } catch (error) {
      unreadable.push({ name: path, format: 'unknown', articles: 0, error: `${path}: ${error.message}`, warnings: [] });
    }
  }
  return { files, unreadable };
}

function summary(report) {
  const lines = [];
  for (const file of report.files) {
    lines.push(file.error ? `! ${file.error}` : `${file.name}: ${file.format}, ${file.articles} article(s)`);
  }
  const words = report.articles.reduce((sum, article) => sum + article.words, 0);
  lines.push('', `${report.articles.length} articles, ${words} words`, '', 'Top keywords:');
  for (const keyword of report.keywords.slice(0, 20)) {
    lines.push(`  ${keyword.term.padEnd(24)} ${String(keyword.count).padStart(6)}  in ${keyword.docs}`);
  }
  if (report.speakers.length) {
    lines.push('', 'Most quoted:');
    for (const speaker of report.speakers.slice(0, 10)) {
      lines.push(`  ${speaker.name.padEnd(32)} ${String(speaker.quotes).padStart(6)}  ${speaker.gender ?? ''}`.trimEnd());
    }
  }
  if (report.outlets.length) {
    lines.push('', 'Outlets (articles, quotes, people quoted: women / men / unknown):');
    for (const outlet of report.outlets) {
      const { female, male, unknown } = outlet.speakerGenders;
      lines.push(`  ${outlet.name.padEnd(32)} ${String(outlet.articles).padStart(6)} ${String(outlet.quotes).padStart(6)}  ${female} / ${male} / ${unknown}`);
    }
  }
  return lines.join('\n');
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArguments(argv);
  } catch (error) {
    console.error(`newslens: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const { files, unreadable } = readInputs(parsed.paths);
  let report;
  try {
    report = await analyze(files, parsed.options);
  } catch (error) {
    console.error(`newslens: ${error.message}`);
    return 2;
  }
  report.files.push(...unreadable);
  console.log(parsed.json ? JSON.stringify(report, null, 2) : summary(report));
  return report.files.some((file) => !file.error && file.articles > 0) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
