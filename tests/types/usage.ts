// Compiled with `tsc --noEmit` by `npm test`: the declarations accept what
// the README shows and reject what the API refuses.
import { analyze, NewslensError, type Report } from 'newslens';

const bytes = new TextEncoder().encode('Harbour reopens\n\nThe harbour reopened.');
const report: Report = await analyze([{ name: 'a.txt', bytes }], { keywords: { limit: 10 } });
const top: string | undefined = report.keywords[0]?.term;
const phrase: number | undefined = report.phrases[0]?.g2;
const removed: number | undefined = report.stopWords.find((stop) => stop.term === 'the')?.count;
const distinctive: string[] = report.articles[0]?.keywords.map((keyword) => keyword.term) ?? [];
console.log(phrase, removed, distinctive);
await analyze([], {
  keywords: { newsStopWords: true, stemming: true, numbers: false, phrases: true, minCount: 2, phraseMinCount: 3 },
});
const speaker: string | null | undefined = report.quotes[0]?.speaker;
const headlineQuote: 'direct' | 'partial' | undefined = report.headlineQuotes[0]?.kind;
const aliases: string[] | undefined = report.speakers[0]?.aliases;
console.log(top, speaker, headlineQuote, aliases);
const named: 'name' | undefined = report.names[0]?.kind === 'name' ? 'name' : undefined;
const outlet = report.outlets[0];
const z: number | undefined = outlet?.distinctive[0]?.z;
const divergence: number | undefined = outlet ? Object.values(outlet.divergence)[0] : undefined;
const story = report.stories[0];
const ownTerms: string[] | undefined = story?.coverage[0]?.terms;
const quoted: string | undefined = story?.coverage[0]?.speakers[0]?.name;
const storyOutlet: string | null | undefined = story?.coverage[0]?.outlet;
console.log(named, z, divergence, ownTerms, quoted, storyOutlet, outlet?.quotesPer1000, story?.dateFrom);
const gender: 'female' | 'male' | null | undefined = report.speakers[0]?.gender;
const women: number | undefined = outlet?.speakerGenders.female;
const unknownQuotes: number | undefined = outlet?.quoteGenders.unknown;
const wordsThatDay: number | undefined = report.dateWords['2025-03-14'];
console.log(gender, women, unknownQuotes, wordsThatDay);
// @ts-expect-error a speaker's gender is female, male or null
const neither: 'other' | undefined = report.speakers[0]?.gender;
console.log(neither);
await analyze([], { compare: { minCount: 5, limit: 20 }, stories: { days: 2 } });

try {
  await analyze([{ name: 'a.txt', bytes }]);
} catch (error) {
  if (error instanceof NewslensError) {
    const code: 'invalid-input' | 'invalid-options' | 'invalid-filter' | 'invalid-query' | 'internal' = error.code;
    console.log(code);
  }
}

// @ts-expect-error bytes must be a Uint8Array, not a string
await analyze([{ name: 'a.txt', bytes: 'text' }]);
// @ts-expect-error misspelt options are a type error, as they are a runtime error
await analyze([], { keyword: {} });
// @ts-expect-error story options are named, not a bare number
await analyze([], { stories: 2 });

// The wasm entry's queries, as the Outlets and Keywords views call them.
import { Corpus } from 'newslens/wasm';
const corpus = new Corpus({ stories: { days: 1 } });
const pair = corpus.compareOutlets('The Harbour Herald', 'Valley Courier', { minCount: 2, filter: { dateFrom: '2025-03-14' } });
const firstA: number | undefined = pair.terms[0]?.a;
const house: boolean | undefined = pair.terms[0]?.houseStyle;
const line = corpus.concordance('harbour levy', { width: 40 }).lines[0];
const part: 'headline' | 'text' | undefined = line?.part;
console.log(firstA, house, part, pair.a.words);
// @ts-expect-error the outlets are named by two strings, not a list
corpus.compareOutlets(['The Harbour Herald', 'Valley Courier']);
// The reader's query, for a report made without article text.
const slim = new Corpus({ articleText: false });
const shown: string = slim.article(0).text;
const slimReport: Report = JSON.parse(slim.reportJson(null));
const maybeText: string | undefined = slimReport.articles[0]?.text;
// @ts-expect-error a report made with articleText: false has no text to count on
const surely: string = slimReport.articles[0]!.text;
console.log(shown, maybeText, surely);
// @ts-expect-error an article is asked for by its id, not its headline
slim.article('Harbour levy passes');
slim.free();
corpus.free();
