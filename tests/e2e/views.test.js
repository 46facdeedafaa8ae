// Every view's content, rendered by the real widget from a hand-written
// report (tests/fixtures/reports/port-ellery.json: invented articles with
// outlets, dates, quotes, speakers, stories), and the virtualised table with
// 100,000 keywords. harness.html serves the fixture as the core's answer.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { contrastFailures, downloaded, fixture, openDemo, openView, REPOSITORY, screenshotEveryView, tableRows, VIEWS } from './browser.js';

const report = JSON.parse(readFileSync(fixture('reports/port-ellery.json')));

let demo;
let harness;
before(async () => {
  demo = await openDemo({ directory: REPOSITORY });
  harness = `${demo.url}tests/e2e/harness.html`;
});
after(() => demo.close());

/** Loads the harness afresh (never a same-page hash change) and waits for the report on screen. */
async function open(hash = '', query = '') {
  const { page } = demo;
  await page.goto('about:blank');
  await page.goto(`${harness}${query}${hash}`);
  await page.waitForFunction(() => /^4 files:/.test(document.querySelector('#widget')?.shadowRoot?.querySelector('.status')?.textContent ?? ''));
  // The status is written at once, the view in the next animation frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('Overview: counts, dates, top keywords and the article index', async () => {
  const { page } = demo;
  await open();
  assert.deepEqual(await page.$$eval('.stats div', (tiles) => tiles.map((tile) => tile.textContent)), [
    'Files4 files1 with errors',
    'Articles6 articles1 duplicate',
    'Outlets3 outletsNorthgate Wire, The Harbour Herald, Valley Courier',
    'Dates2025-03-14 to 2025-03-18',
    'Words247',
    'Quotes11 quotes6 speakers',
  ]);
  assert.deepEqual((await page.$$eval('.top-terms li a', (links) => links.map((link) => link.textContent))).slice(0, 3), ['harbour', 'temporary', 'friday']);
  assert.deepEqual((await tableRows(page, 'Articles'))[5], ['Council approves harbour levy after late vote', 'Valley Courier', '2025-03-15', '15', 'valley-courier.txt (duplicate)']);
  assert.deepEqual(await tableRows(page, 'Files'), [
    ['harbour-herald.txt', 'text', '2', '0', ''],
    ['northgate-wire.txt', 'text', '2', '0', ''],
    ['valley-courier.txt', 'text', '2', '1', ''],
    ['scan.pdf', 'binary', '0', '0', 'scan.pdf: a PDF document, not text'],
  ]);
});

test('the filters ask the core for a filtered report and are written to the hash', async () => {
  const { page } = demo;
  await open('#view=keywords');
  await page.click('.filters summary');
  await page.getByLabel('Valley Courier').check();
  await page.fill('.filters input[type="date"] >> nth=0', '2025-03-15');
  await page.waitForFunction(() => window.filters.length >= 3 && window.filters.at(-1)?.dateFrom);
  assert.deepEqual(await page.evaluate(() => window.filters.at(-1)), { outlets: ['Valley Courier'], dateFrom: '2025-03-15', dateTo: null, articles: [] });
  assert.equal(new URL(page.url()).hash, '#view=keywords&outlet=Valley+Courier&from=2025-03-15');
  assert.equal(await page.getAttribute('.filters input[type="date"] >> nth=0', 'min'), '2025-03-14');
  await page.getByRole('button', { name: 'Show all articles' }).click();
  await page.waitForSelector('.filters span:text-is("All 6 articles")');
  assert.equal(new URL(page.url()).hash, '#view=keywords');
  assert.equal(await page.evaluate(() => window.filters.length), 3, 'the unfiltered report is not asked for again');
});

test('Outlets: figures per outlet, similarity, distinctive terms side by side linking to Keywords, who each quotes', async () => {
  const { page } = demo;
  await open('#view=outlets');
  assert.deepEqual(await tableRows(page, 'Outlets'), [
    ['Northgate Wire', '2', '69', '35', '2025-03-15', '2025-03-16', '3', '43.5', '3', '2', '50%'],
    ['The Harbour Herald', '2', '100', '50', '2025-03-14', '2025-03-18', '4', '40.0', '3', '1', '67%'],
    ['Valley Courier', '2', '78', '39', '2025-03-15', '2025-03-15', '4', '51.3', '2', '1', '100%'],
  ]);
  assert.deepEqual(await page.$$eval('.heatmap tbody tr', (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent))), [
    ['Northgate Wire', '—', '0.412', '0.455'],
    ['The Harbour Herald', '0.412', '—', '0.398'],
    ['Valley Courier', '0.455', '0.398', '—'],
  ]);
  const whoQuotes = await tableRows(page, 'Who each outlet quotes');
  assert.deepEqual(whoQuotes[0], ['Ines Okafor', '0', '1', '2', '']);
  assert.deepEqual(whoQuotes[3], ['Lena Haugland', '1', '0', '0', 'Northgate Wire']);
  const distinctive = await tableRows(page, 'Distinctive terms by outlet');
  assert.deepEqual(distinctive[0], ['1', 'union z 2.9', 'reopened z 3.1', 'levy z 3.4']);
  assert.deepEqual(distinctive[4], ['5', '', '', 'boats z 0.8']);
  await page.click('section.table:has(> h3:text-is("Distinctive terms by outlet")) a:text-is("levy")');
  await page.waitForSelector('[role="tab"][aria-selected="true"]:text-is("Keywords")');
  assert.equal(await page.inputValue('section.table:has(> h3:text-is("Keywords")) input[type="search"]'), 'levy');
  assert.deepEqual(await tableRows(page, 'Keywords'), [['levy', '3', '3', '129.3', '0.38']]);
  assert.match(page.url(), /#view=keywords&q=levy$/);
});

test('Outlets: the pair scatter plot labels the distinctive terms apart, hovers, and opens a term in both outlets', async () => {
  const { page } = demo;
  await page.setViewportSize({ width: 1200, height: 900 });
  await open('#view=outlets');
  await page.waitForSelector('.plot canvas');
  assert.deepEqual(await page.evaluate(() => window.calls.find((call) => call.method === 'compareOutlets').args.slice(0, 2)), ['Northgate Wire', 'The Harbour Herald']);
  const labels = await page.$$eval('.plot .term-label', (nodes) => nodes.map((node) => {
      const { x, y, width, height } = node.getBBox();
      return { term: node.textContent, box: { x, y, width, height }, point: node.dataset.point.split(' ').map(Number) };
    }));
  assert.deepEqual(labels.map((label) => label.term).sort(), ['channel', 'cranes', 'harbour', 'inspection', 'reopened', 'union'], 'house style (Wire) is never labelled');
  for (const [index, a] of labels.entries()) {
    for (const b of labels.slice(index + 1)) {
      const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
      assert.ok(apart, `${a.term} and ${b.term} overlap`);
    }
  }
  assert.deepEqual(await page.$$eval('.pair .column ol', (lists) => lists.map((list) => [...list.querySelectorAll('button')].map((button) => button.textContent))), [
    ['union', 'inspection', 'cranes'],
    ['reopened', 'channel', 'harbour'],
  ]);
  await page.locator('.plot canvas').scrollIntoViewIfNeeded();
  const canvas = await page.$eval('.plot canvas', (node) => {
    const bounds = node.getBoundingClientRect();
    return { left: bounds.left, top: bounds.top, scale: bounds.width / node.width };
  });
  const at = (term) => {
    const [x, y] = labels.find((label) => label.term === term).point;
    return [canvas.left + x * canvas.scale, canvas.top + y * canvas.scale];
  };
  await page.mouse.move(...at('union'));
  assert.equal(await page.textContent('.plot-tip'), 'union: 3 in Northgate Wire, 0 in The Harbour Herald, z 2.1');
  await page.mouse.click(...at('cranes'));
  await page.waitForSelector('section.table:has(> h3:text-is("“cranes” in The Harbour Herald")) tbody tr');
  assert.deepEqual(await tableRows(page, '“cranes” in Northgate Wire'), [['Union demands inspection of Port Ellery ', 'cranes', '', '#3']]);
  assert.deepEqual(await tableRows(page, '“cranes” in The Harbour Herald'), [
    ['', 'Cranes', ' pass second inspection', '#4'],
    ['the engineers checked the ', 'cranes', ' before the first freighter', '#1'],
  ]);
  await page.getByLabel('Outlet B', { exact: true }).selectOption('Valley Courier');
  await page.waitForSelector('.pair .error');
  assert.deepEqual(await page.evaluate(() => window.calls.filter((call) => call.method === 'compareOutlets').at(-1).args.slice(0, 2)), ['Northgate Wire', 'Valley Courier']);
});

test('Outlets: the scatter plot draws 10,000 terms and labels at most 8 a side, none overlapping', async () => {
  const { page } = demo;
  await page.setViewportSize({ width: 1200, height: 900 });
  await open('#view=outlets', '?pairTerms=10000');
  await page.waitForSelector('.plot canvas');
  assert.equal(await page.getAttribute('.plot svg', 'aria-label'), 'Northgate Wire against The Harbour Herald: 10000 terms');
  const boxes = await page.$$eval('.plot .term-label', (nodes) =>
    nodes.map((node) => {
      const { x, y, width, height } = node.getBBox();
      return { x, y, width, height };
    }),
  );
  assert.ok(boxes.length >= 2 && boxes.length <= 16, `${boxes.length} labels`);
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) assert.ok(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y, 'labels overlap');
  }
});

test('Keywords: the concordance of the term asked for, sortable by either side, each line linking to its article', async () => {
  const { page } = demo;
  await open('#view=keywords');
  await page.fill('#concordance-query', ' cranes ');
  await page.press('#concordance-query', 'Enter');
  const caption = 'Concordance of “cranes”';
  assert.match(page.url(), /#view=keywords&q=cranes$/);
  await page.waitForSelector(`section.table:has(> h3:text-is("${caption}")) tbody tr`);
  assert.deepEqual(await tableRows(page, caption), [
    ['Union demands inspection of Port Ellery ', 'cranes', '', '#3'],
    ['', 'Cranes', ' pass second inspection', '#4'],
    ['the engineers checked the ', 'cranes', ' before the first freighter', '#1'],
  ]);
  const section = `section.table:has(> h3:text-is("${caption}"))`;
  await page.click(`${section} th button:text-is("Left")`);
  assert.deepEqual((await tableRows(page, caption)).map((row) => row[3]), ['#4', '#3', '#1']);
  await page.click(`${section} th button:text-is("Right")`);
  assert.deepEqual((await tableRows(page, caption)).map((row) => row[3]), ['#3', '#1', '#4']);
  assert.equal(await page.getAttribute(`${section} a:text-is("#1")`, 'aria-label'), 'Port Ellery harbour reopens to freight after six weeks');
  await page.click(`${section} a:text-is("#1")`);
  await page.waitForSelector('.reader h3:text-is("Port Ellery harbour reopens to freight after six weeks")');
});

test('Keywords: the counting settings start from the options and list every stop word left out', async () => {
  const { page } = demo;
  await open('#view=keywords&news=1&leave=harbour');
  await page.click('.counting > summary');
  assert.equal(await page.getByLabel('Leave out the words of reporting').isChecked(), true);
  assert.equal(await page.getByLabel('Count the forms of a word as one').isChecked(), false);
  assert.equal(await page.inputValue('#count-leave'), 'harbour');
  assert.equal(await page.inputValue('#count-keep'), '');
  const list = '.counting details';
  assert.equal(
    await page.textContent(`${list} > summary`),
    'Left out as stop words: the (21), to (7), a (6), of (6), on (5), and (4), at (3), after (2), for (2), in (2), it (2), was (2) and 2 more',
  );
  await page.click(`${list} > summary`);
  assert.equal(await page.evaluate((selector) => document.querySelector('#widget').shadowRoot.querySelector(selector).lastChild.textContent, list), 'we (2), by (1)');
});

test('Keywords: a term asked for is drawn over time, per 10,000 words of each date, beside its concordance', async () => {
  const { page } = demo;
  await open('#view=keywords&q=cranes');
  assert.equal(await page.textContent('.trend figcaption span'), '“cranes” per 10,000 words, by day');
  assert.deepEqual(await tableRows(page, 'Uses of “cranes” by day'), [
    ['2025-03-14', '1', '72', '138.9'],
    ['2025-03-15', '1', '108', '92.6'],
    ['2025-03-16', '0', '24', '0.0'],
    ['2025-03-18', '1', '28', '357.1'],
  ]);
  assert.deepEqual(await page.$$eval('.trend svg .value', (values) => values.map((value) => value.textContent)), ['138.9', '92.6', '0', '357.1']);
  await open('#view=keywords&q=quayside');
  assert.equal(await page.textContent('.split > p.muted'), '“quayside” is not among the listed words, phrases and names, so its use over time is not drawn.');

  // Past the 2,000 terms on screen: the table, searched for the term, brings every term.
  await open('#view=keywords&q=term002500', '?keywords=5000');
  await page.locator('.trend').waitFor();
  assert.deepEqual(await tableRows(page, 'Uses of “term002500” by day'), [
    ['2025-03-14', '2,500', '72', '347,222.2'],
    ['2025-03-15', '0', '108', '0.0'],
    ['2025-03-16', '0', '24', '0.0'],
    ['2025-03-18', '0', '28', '0.0'],
  ]);
});

test('Keywords: words, phrases (with their association) and names, each its own table, the list chosen kept in the URL', async () => {
  const { page } = demo;
  await open('#view=keywords');
  assert.equal(await page.textContent('.lists [aria-current]'), 'Words');
  await page.click('.lists a:text-is("Phrases")');
  await page.waitForSelector('section.table > h3:text-is("Phrases")');
  assert.match(page.url(), /#view=keywords&terms=phrases$/);
  assert.deepEqual(await tableRows(page, 'Phrases'), [
    ['harbour levy', '4', '3', '172.4', '0.41', '38.2'],
    ['Port Ellery', '3', '2', '129.3', '0.52', '31.7'],
    ['second inspection', '2', '2', '86.2', '0.55', '19.4'],
    ['late vote', '2', '2', '86.2', '0.58', '17.9'],
  ]);
  assert.equal(await page.getAttribute('svg.chart', 'aria-label'), 'Top 4 phrases');
  await page.click('.lists a:text-is("Names")');
  await page.waitForSelector('section.table > h3:text-is("Names")');
  assert.deepEqual((await tableRows(page, 'Names')).map((row) => row[0]), ['Ines Okafor', 'Port Ellery', 'Tomasz Wilk', 'Ruth Abernathy']);
  await page.fill('section.table:has(> h3:text-is("Names")) input[type="search"]', 'port');
  assert.deepEqual(await tableRows(page, 'Names'), [['Port Ellery', '3', '2', '129.3', '0.52']]);
  await page.click('.lists a:text-is("Words")');
  await page.waitForSelector('section.table > h3:text-is("Keywords")');
  assert.equal(new URL(page.url()).hash, '#view=keywords');
  assert.equal(await page.inputValue('section.table:has(> h3:text-is("Keywords")) input[type="search"]'), '', 'each list keeps its own search');
});

test('Stories: each story with its outlets side by side: headline, length, terms only that outlet uses, whom it quotes', async () => {
  const { page } = demo;
  await open('#view=stories');
  const stories = await page.$$eval('.story', (nodes) =>
    nodes.map((node) => ({
      headline: node.querySelector('h3').textContent,
      summary: node.querySelector('h3 + p').textContent,
      columns: [...node.querySelectorAll('.column')].map((column) => [
        column.querySelector('h4').textContent,
        ...[...column.querySelectorAll('li > a')].map((a) => a.textContent),
        ...[...column.querySelectorAll('p')].map((p) => p.textContent),
      ]),
    })),
  );
  assert.deepEqual(stories, [
    {
      headline: 'Council approves harbour levy after late vote',
      summary: '2 articles from 2 outlets, 2025-03-15 to 2025-03-16 · levy, council, votes · Show only these articles in every view',
      columns: [
        ['Northgate Wire', 'Harbour levy passes seven votes to five', '24 words', 'Only here: passes, five', 'Quotes: nobody'],
        ['Valley Courier', 'Council approves harbour levy after late vote', '63 words', 'Only here: shopkeepers, storm, boats', 'Quotes: Ines Okafor (2), Zoë Ferreira (1)'],
      ],
    },
    {
      headline: 'Port Ellery harbour reopens to freight after six weeks',
      summary: '3 articles from 2 outlets, 2025-03-14 to 2025-03-18 · cranes, inspection, harbour · Show only these articles in every view',
      columns: [
        ['Northgate Wire', 'Union demands inspection of Port Ellery cranes', '45 words', 'Only here: union, scrutiny', 'Quotes: Lena Haugland (1), Piet Vandermolen (1)'],
        ['The Harbour Herald', 'Port Ellery harbour reopens to freight after six weeks', 'Cranes pass second inspection', '100 words', 'Only here: reopened, channel, engineer', 'Quotes: Tomasz Wilk (2), Ruth Abernathy (1)'],
      ],
    },
  ]);
  await page.click('.story .column a:text-is("shopkeepers")');
  await page.waitForSelector('[role="tab"][aria-selected="true"]:text-is("Keywords")');

  // A story's articles become the filter of every view.
  await open('#view=stories');
  await page.click('.story:nth-of-type(2) a:text-is("Show only these articles in every view")');
  await page.waitForFunction(() => window.filters.at(-1)?.articles.length === 3);
  assert.deepEqual(await page.evaluate(() => window.filters.at(-1)), { outlets: [], dateFrom: null, dateTo: null, articles: [0, 2, 3] });
  assert.equal(new URL(page.url()).hash, '#view=stories&article=0&article=2&article=3');
  assert.match(await page.textContent('.filters'), /Only 3 chosen articles/);
});

test('Quotes: speakers with their gender, whom each outlet quotes by gender, the speaker × outlet matrix, and quotes filtered by speaker', async () => {
  const { page } = demo;
  await open('#view=quotes');
  assert.deepEqual((await tableRows(page, 'Speakers')).slice(0, 4), [
    ['Ines Okafor', 'Okafor; the mayor', 'female', '3', '2'],
    ['Ruth Abernathy', 'Abernathy', 'female', '2', '2'],
    ['Tomasz Wilk', 'Wilk; harbour master', 'male', '2', '1'],
    ['Lena Haugland', '', '', '1', '1'],
  ]);
  assert.deepEqual(await tableRows(page, 'People each outlet quotes, by gender'), [
    ['Northgate Wire', '1', '1', '1', '50%'],
    ['The Harbour Herald', '2', '1', '0', '67%'],
    ['Valley Courier', '2', '0', '0', '100%'],
  ]);
  assert.deepEqual(await tableRows(page, 'Quotes in each outlet, by their speaker’s gender'), [
    ['Northgate Wire', '1', '1', '1', '50%'],
    ['The Harbour Herald', '2', '2', '0', '50%'],
    ['Valley Courier', '3', '0', '0', '100%'],
  ]);
  assert.deepEqual((await tableRows(page, 'Quotes by speaker and outlet'))[0], ['Ines Okafor', '0', '1', '2']);
  assert.equal((await tableRows(page, 'Quotes')).length, 11);
  assert.equal(await page.locator('svg.chart rect.bar').count(), 6);
  await page.click('section.table:has(> h3:text-is("Speakers")) a:text-is("Ines Okafor")');
  await page.waitForSelector('.chip');
  assert.deepEqual((await tableRows(page, 'Quotes')).map((row) => row.slice(1, 3)), [
    ['female', 'a lifeline for every family on the waterfront'],
    ['female', 'Nobody enjoys asking shopkeepers to pay for a storm'],
    ['female', 'But the alternative was closing the harbour.'],
  ]);
  assert.match(page.url(), /speaker=Ines\+Okafor/);
});

const marks = (page) =>
  page.$$eval('.reader mark', (nodes) =>
    nodes.map((mark) => ({
      tip: mark.querySelector('.tip')?.textContent ?? null,
      text: [...mark.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(''),
      classes: mark.className,
    })),
  );

test('Reader: quotes highlighted from UTF-16 offsets, coloured by speaker, partial ones apart, speakers filter the highlights', async () => {
  const { page } = demo;
  await open('#view=reader&read=1');
  const article = report.articles[1];
  const expected = report.quotes.filter((quote) => quote.article === 1);
  const found = await marks(page);
  assert.deepEqual(found.map((mark) => mark.text), expected.map((quote) => article.text.slice(quote.start, quote.end)));
  assert.equal(found[2].text, '“If it keeps the boats coming in, I will pay it.”', 'offsets after an emoji count UTF-16 units');
  assert.deepEqual(found.map((mark) => mark.tip), ['Ines Okafor, said: ', 'Ines Okafor, said: ', 'Zoë Ferreira, said: ', 'Unattributed (partial quote): ']);
  assert.deepEqual(found.map((mark) => mark.classes), ['quote direct s0', 'quote direct s0', 'quote direct s5', 'quote partial su']);
  assert.equal(await page.textContent('.reader .text'), article.text.replaceAll('\n\n', '') .replace(/“Nobody/, 'Ines Okafor, said: “Nobody').replace(/“But/, 'Ines Okafor, said: “But').replace(/“If/, 'Zoë Ferreira, said: “If').replace(/“wishful/, 'Unattributed (partial quote): “wishful'));

  await page.getByLabel('Ines Okafor (2)').uncheck();
  await page.locator('.reader mark').nth(2).waitFor({ state: 'detached' });
  assert.deepEqual((await marks(page)).map((mark) => mark.tip), ['Zoë Ferreira, said: ', 'Unattributed (partial quote): ']);
  await page.getByLabel('Ines Okafor (2)').check();
  await page.locator('.reader mark').nth(3).waitFor();
  assert.equal((await marks(page)).length, 4);

  // Keyboard focus shows the speaker and verb.
  await page.focus('.reader mark');
  const tip = await page.$eval('.reader mark:focus .tip', (node) => node.getBoundingClientRect().width);
  assert.ok(tip > 50, `the tip is ${tip}px wide when focused`);

  await page.click('.speakers a:text-is("Zoë Ferreira")');
  await page.waitForSelector('[role="tab"][aria-selected="true"]:text-is("Quotes")');
  assert.deepEqual((await tableRows(page, 'Quotes')).map((row) => row[2]), ['If it keeps the boats coming in, I will pay it.']);
  await page.click('section.table:has(> h3:text-is("Quotes")) a:text-is("If it keeps the boats coming in, I will pay it.")');
  await page.waitForSelector('.reader h3:text-is("Council approves harbour levy after late vote")');
});

test('the report on screen lists 2,000 terms; the table loads the rest when a download or the button asks', async () => {
  const { page } = demo;
  await open('#view=keywords', '?keywords=5000');
  const section = 'section.table:has(> h3:text-is("Keywords"))';
  assert.equal(await page.textContent(`${section} .count`), '2,000 rows');
  assert.deepEqual(await page.evaluate(() => window.calls.map((call) => call.args[1])), [2000], 'one report, cut for the views');

  const csv = await downloaded(page, () => page.click(`${section} button:text-is("CSV")`));
  assert.equal(csv.bytes.toString().trimEnd().split('\r\n').length, 5001, 'every term and the header');
  assert.equal(await page.textContent(`${section} .count`), '5,000 rows');
  assert.equal(await page.locator(`${section} button:text-is("Show every term")`).count(), 0);
  const json = await downloaded(page, () => page.getByRole('button', { name: 'Download the report (JSON)' }).click());
  assert.equal(JSON.parse(json.bytes).keywords.length, 5000);
  assert.deepEqual(await page.evaluate(() => window.calls.map((call) => call.args[1])), [2000, undefined], 'the whole report asked for once');

  await open('#view=keywords', '?keywords=5000');
  await page.click(`${section} button:text-is("Show every term")`);
  await page.locator(`${section} .count:text-is("5,000 rows")`).waitFor();
  await open('#view=keywords', '?keywords=5000');
  await page.fill(`${section} input[type="search"]`, 'term00499');
  await page.locator(`${section} .count:text-is("10 of 5,000 rows")`).waitFor();
  // Another filter brings a cut report again; the searched table asks for the rest again.
  await page.click('.filters summary');
  await page.check('.filters input[data-key="outlet:Valley Courier"]');
  await page.waitForFunction(() => window.calls.length === 4);
  assert.deepEqual(await page.evaluate(() => window.calls.map((call) => [call.args[0]?.outlets ?? null, call.args[1]])), [
    [null, 2000],
    [[], undefined],
    [['Valley Courier'], 2000],
    [['Valley Courier'], undefined],
  ]);
  await page.locator(`${section} .count:text-is("10 of 5,000 rows")`).waitFor();
});

test('the keyword table stays light with 100,000 rows: only the rows in view are in the DOM', async () => {
  const { page } = demo;
  await open('#view=keywords', '?keywords=100000');
  const section = 'section.table:has(> h3:text-is("Keywords"))';
  const count = `${section} .count`;
  await page.click(`${section} button:text-is("Show every term")`);
  await page.locator(`${count}:text-is("100,000 rows")`).waitFor();
  assert.ok((await tableRows(page, 'Keywords')).length < 80);
  assert.equal(await page.getAttribute(`${section} table`, 'aria-rowcount'), '100001');

  await page.locator(`${section} .scroller`).evaluate((node) => (node.scrollTop = node.scrollHeight));
  await page.locator(`${section} td:text-is("term099999")`).waitFor();
  assert.deepEqual((await tableRows(page, 'Keywords')).at(-1), ['term099999', '1', '5', '0.0', '0.99']);

  const started = Date.now();
  await page.click(`${section} th button:text-is("Term")`);
  await page.locator(`${section} td:text-is("term000000")`).waitFor();
  await page.fill(`${section} input[type="search"]`, 'term09999');
  await page.locator(`${count}:text-is("10 of 100,000 rows")`).waitFor();
  console.log(`# sorting and searching 100,000 rows took ${Date.now() - started} ms`);
  assert.equal((await tableRows(page, 'Keywords'))[0][0], 'term099990');
});

test('screenshots of every view, light and dark, desktop and 320 px wide; the page never scrolls sideways', async () => {
  await open('#view=overview');
  assert.deepEqual(await screenshotEveryView(demo.page, 'views'), { 320: 320, 1200: 1200 });
});

test('every text in every view meets WCAG AA contrast, light and dark', async () => {
  const { page } = demo;
  await page.setViewportSize({ width: 1200, height: 900 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await open('#view=overview');
    for (const view of VIEWS) {
      await openView(page, view);
      assert.deepEqual(await contrastFailures(page), [], `${view}, ${scheme}`);
    }
  }
});
