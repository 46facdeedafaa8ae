// Test page for the views: the real widget (unbundled, from www/) on a
// hand-written report from tests/fixtures/reports/, served by an engine that
// answers every report request with that fixture (its lists cut to the
// limit asked for). What the core computes is tested through the real
// engine by the other end-to-end tests.
import { mountWidget } from '/www/ui/widget.js';

const params = new URLSearchParams(location.search);

// Every filter the widget asks the core for, and every other query, for the tests to read.
window.filters = [];
window.calls = [];

/** The fixture's concordance of `term`, its lines limited to articles of `outlets` (all when none). */
function concordanceOf(term, outlets) {
  const all = report.concordances[term.toLowerCase()] ?? { total: 0, lines: [] };
  const lines = all.lines.filter((line) => !outlets.length || outlets.includes(report.articles[line.article].outlet));
  return { total: lines.length, lines };
}

function fixtureEngine(report) {
  return {
    mainThread: false,
    terminate() {},
    async request(message, transfer, onFile) {
      if (message.type === 'add') message.files.forEach((file, index) => onFile({ ...report.files[index], ms: 0 }));
      if (message.type !== 'call') return undefined;
      window.calls.push({ method: message.method, args: message.args });
      if (message.method === 'compareOutlets') {
        const pair = report.pairs[`${message.args[0]}|${message.args[1]}`];
        if (!pair) throw new Error(`the fixture compares no ${message.args[0]} and ${message.args[1]}`);
        return pair;
      }
      if (message.method === 'concordance') return concordanceOf(message.args[0], message.args[1]?.filter?.outlets ?? []);
      window.filters.push(message.args[0]);
      return JSON.stringify(cut(report, message.args[1]));
    },
  };
}

/** `report` with at most `limit` terms in each list, as reportJson's keywordLimit cuts them. */
function cut(report, limit) {
  if (limit === undefined) return report;
  return { ...report, keywords: report.keywords.slice(0, limit), phrases: report.phrases.slice(0, limit), names: report.names.slice(0, limit) };
}

/** A report with `count` invented keywords, for the virtualised table. */
function manyKeywords(report, count) {
  const keywords = Array.from({ length: count }, (_, index) => ({
    term: `term${String(index).padStart(6, '0')}`,
    count: count - index,
    docs: 1 + (index % 7),
    per10k: (count - index) / 100,
    dp: (index % 100) / 100,
    outlets: { 'The Harbour Herald': count - index },
    dates: { '2025-03-14': count - index },
  }));
  return { ...report, keywords };
}

/** A report whose first pair of outlets shares `count` invented terms, for the scatter plot. */
function manyPairTerms(report, count) {
  const key = 'Northgate Wire|The Harbour Herald';
  const terms = Array.from({ length: count }, (_, index) => {
    const a = (index * 7) % 53;
    const b = (index * 13) % 47;
    return { term: `term${String(index).padStart(5, '0')}`, kind: 'word', a, b, z: (a - b) / 10, logRatio: 0, g2: 0, significant: false, houseStyle: false };
  });
  return { ...report, pairs: { ...report.pairs, [key]: { ...report.pairs[key], terms } } };
}

let report = await (await fetch(`/tests/fixtures/reports/${params.get('report') ?? 'port-ellery'}.json`)).json();
if (params.has('keywords')) report = manyKeywords(report, Number(params.get('keywords')));
if (params.has('pairTerms')) report = manyPairTerms(report, Number(params.get('pairTerms')));

window.widget = mountWidget(
  document.getElementById('widget'),
  { urlState: true, theme: params.get('theme') ?? 'auto' },
  { startEngine: async () => fixtureEngine(report) },
);
window.widget.addFiles([{ name: report.files[0].name, bytes: new Uint8Array(1) }]);
