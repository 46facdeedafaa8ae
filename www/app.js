// The demo page: hands dropped files to the analysis worker as transferred
// bytes and shows the report it sends back. It never analyses anything itself.

const SAMPLES = ['harbour-herald-reopening.txt', 'valley-courier-levy.txt', 'northgate-wire-cranes.txt'];
const TABLE_ROWS = 50;

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const pending = new Map();
let nextRequest = 0;

worker.onmessage = ({ data }) => {
  const request = pending.get(data.id);
  if (!request) return;
  if (data.file) {
    request.onFile(data.file);
  } else {
    pending.delete(data.id);
    if (data.error) request.reject(new Error(data.error.message));
    else request.resolve(data.report);
  }
};

function analyzeInWorker(files, onFile) {
  const id = nextRequest++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onFile });
    worker.postMessage({ id, files }, files.map((file) => file.bytes.buffer));
  });
}

const status = document.getElementById('status');
const fileList = document.getElementById('files');
const keywordRows = document.querySelector('#keywords tbody');

function row(cells) {
  const tr = document.createElement('tr');
  for (const cell of cells) {
    const td = document.createElement('td');
    td.textContent = String(cell);
    tr.append(td);
  }
  return tr;
}

function fileItem(file) {
  const li = document.createElement('li');
  li.textContent = file.error
    ? file.error
    : `${file.name} — ${file.format}, ${file.articles} article${file.articles === 1 ? '' : 's'}`;
  if (file.error) li.className = 'error';
  return li;
}

function showReport(report) {
  fileList.replaceChildren(...report.files.map(fileItem));
  keywordRows.replaceChildren(
    ...report.keywords.slice(0, TABLE_ROWS).map((keyword) => row([keyword.term, keyword.count, keyword.docs])),
  );
  const words = report.articles.reduce((sum, article) => sum + article.words, 0);
  status.textContent = `${report.articles.length} articles, ${words} words.`;
}

async function analyzeFiles(files) {
  status.textContent = `Reading ${files.length} file${files.length === 1 ? '' : 's'}…`;
  fileList.replaceChildren();
  try {
    showReport(await analyzeInWorker(files, (file) => fileList.append(fileItem(file))));
  } catch (error) {
    status.textContent = `Analysis failed: ${error.message}`;
  }
}

async function readFiles(fileObjects) {
  return Promise.all(
    [...fileObjects].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

async function loadSamples() {
  return Promise.all(
    SAMPLES.map(async (name) => {
      const response = await fetch(new URL(`./samples/${name}`, import.meta.url));
      return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
}

const dropZone = document.getElementById('drop-zone');
const fileInput = document.getElementById('file-input');

dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
dropZone.addEventListener('drop', async (event) => {
  event.preventDefault();
  dropZone.classList.remove('over');
  analyzeFiles(await readFiles(event.dataTransfer.files));
});
dropZone.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    fileInput.click();
  }
});
fileInput.addEventListener('change', async () => analyzeFiles(await readFiles(fileInput.files)));

loadSamples().then(analyzeFiles);
