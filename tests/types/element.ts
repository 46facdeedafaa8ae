// Compiled with `tsc --noEmit`: the element, mount(), the worker protocol
// and the wasm glue are typed, and misuse is a type error.
import { mount, NewsLensElement, type NewsLensController } from 'newslens/element';
import init, { Corpus, initSync } from 'newslens/wasm';
import type { WorkerAnswer, WorkerRequest } from 'newslens/worker';
import type { Report } from 'newslens';

const controller: NewsLensController = mount(document.createElement('div'), {
  views: ['overview', 'reader'],
  theme: 'dark',
  wasmUrl: '/assets/newslens_bg.wasm',
  urlState: true,
  analysis: { keywords: { limit: 50 } },
});
controller.theme = 'light';
await controller.addFiles([{ name: 'a.txt', bytes: new Uint8Array(3) }]);
const shown: Report | null = controller.report;
const whole: Report | null = await controller.wholeReport();

const element = document.createElement('news-lens');
const typed: NewsLensElement = element;
typed.addEventListener('report', (event) => {
  const articles: number = event.detail.articles.length;
  console.log(articles, shown, whole);
});
const wholeOfElement: Promise<Report | null> = typed.wholeReport();
console.log(await wholeOfElement);

// @ts-expect-error there is no "concordance" view yet
mount(document.body, { views: ['concordance'] });
// @ts-expect-error themes are light, dark or auto
controller.theme = 'sepia';

await init({ module_or_path: '/newslens_bg.wasm' });
initSync({ module: new Uint8Array(8) });
const corpus = new Corpus({ maxFileBytes: 1024 });
const entry = corpus.addFile('a.txt', new Uint8Array(3));
const ms: number = entry.ms;
const report = JSON.parse(corpus.reportJson({ outlets: ['Valley Courier'], dateFrom: '2025-03-01' })) as Report;
console.log(ms, report.schema);
corpus.free();
// @ts-expect-error filters name outlets, dates and article ids only
corpus.reportJson({ outlet: 'Valley Courier' });

const worker = new Worker(new URL('newslens/worker', import.meta.url), { type: 'module' });
const open: WorkerRequest = { type: 'open', id: 0, options: { keywords: { limit: 10 } } };
worker.postMessage(open);
const picked: WorkerRequest = { type: 'add', id: 1, files: [{ name: 'a.txt', blob: new File(['text'], 'a.txt') }] };
worker.postMessage(picked);
worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
  if (data.type === 'file') console.log(data.entry.name, data.entry.ms);
  if (data.type === 'crash') console.log(data.file, data.error.message);
};
// @ts-expect-error "add" needs files
const bad: WorkerRequest = { type: 'add', id: 1 };
console.log(bad);
