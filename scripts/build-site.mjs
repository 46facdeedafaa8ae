// Builds the deployable site into dist/: the demo page (the <news-lens>
// element) with its minified app and worker bundles, the wasm, the samples
// and their manifest, the web app manifest and icons, the service worker that
// caches all of it, and dist/newslens.html, a single file with the JS, CSS,
// wasm and samples inlined that works opened from disk.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const path = (relativePath) => new URL(relativePath, root).pathname;
const dist = path('dist/');
const read = (relativePath) => readFileSync(path(relativePath));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

const css = read('www/newslens.css').toString();
const shared = {
  bundle: true,
  minify: true,
  target: 'es2022',
  logLevel: 'warning',
  define: { NEWSLENS_CSS: JSON.stringify(css) },
};

// The page and the worker. The main-thread fallback (a dynamic import of the
// wasm glue) becomes a chunk both share.
await build({
  ...shared,
  entryPoints: { app: path('www/demo.js'), worker: path('www/worker.js') },
  outdir: dist,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
});

copyFileSync(path('www/index.html'), `${dist}index.html`);
copyFileSync(path('www/page.css'), `${dist}page.css`);
copyFileSync(path('pkg/newslens_bg.wasm'), `${dist}newslens_bg.wasm`);

// The samples, and a manifest listing whatever is in www/samples/ now.
cpSync(path('www/samples'), `${dist}samples`, { recursive: true });
const samples = readdirSync(path('www/samples'))
  .filter((name) => !name.startsWith('.') && statSync(path(`www/samples/${name}`)).isFile())
  .sort()
  .map((name) => ({ name, url: encodeURIComponent(name), bytes: statSync(path(`www/samples/${name}`)).size }));
writeFileSync(`${dist}samples/index.json`, `${JSON.stringify(samples, null, 2)}\n`);

// The icon: a lens on the accent colour, drawn once as shapes and written
// as SVG and as the PNG sizes installable web apps need.
const ACCENT = [11, 92, 173];
const RING = { cx: 0.43, cy: 0.43, r: 0.23, width: 0.07 };
const HANDLE = { x1: 0.6, y1: 0.6, x2: 0.78, y2: 0.78, width: 0.09 };

function iconSvg() {
  const [r, g, b] = ACCENT;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" rx="0.18" fill="rgb(${r},${g},${b})"/><circle cx="${RING.cx}" cy="${RING.cy}" r="${RING.r}" fill="none" stroke="#fff" stroke-width="${RING.width}"/><line x1="${HANDLE.x1}" y1="${HANDLE.y1}" x2="${HANDLE.x2}" y2="${HANDLE.y2}" stroke="#fff" stroke-width="${HANDLE.width}" stroke-linecap="round"/></svg>\n`;
}

function onIcon(x, y) {
  const ring = Math.abs(Math.hypot(x - RING.cx, y - RING.cy) - RING.r) <= RING.width / 2;
  const { x1, y1, x2, y2 } = HANDLE;
  const t = Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)));
  const handle = Math.hypot(x - (x1 + t * (x2 - x1)), y - (y1 + t * (y2 - y1))) <= HANDLE.width / 2;
  return ring || handle;
}

function iconPng(size) {
  const SAMPLES = 4;
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) white += onIcon((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size);
      }
      const share = white / SAMPLES ** 2;
      ACCENT.forEach((channel, index) => {
        raw[y * (size * 3 + 1) + 1 + x * 3 + index] = Math.round(channel + (255 - channel) * share);
      });
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(`${dist}icon.svg`, iconSvg());
for (const size of [192, 512]) writeFileSync(`${dist}icon-${size}.png`, iconPng(size));
writeFileSync(
  `${dist}manifest.webmanifest`,
  `${JSON.stringify(
    {
      name: 'newslens',
      short_name: 'newslens',
      description: 'Keywords, outlets and quotations in news articles, analysed on your own machine.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5cad',
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
      ],
    },
    null,
    2,
  )}\n`,
);

// The service worker caches every file of the site; its version is a hash
// of all of them, so that any change installs a new cache.
const filesUnder = (directory) =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
const assets = filesUnder(dist).map((file) => relative(dist, file)).sort();
const version = createHash('sha256');
for (const asset of assets) version.update(asset).update(readFileSync(join(dist, asset)));
await build({
  ...shared,
  entryPoints: [path('www/sw.js')],
  outfile: `${dist}sw.js`,
  format: 'iife',
  define: {
    NEWSLENS_VERSION: JSON.stringify(version.digest('hex').slice(0, 16)),
    NEWSLENS_ASSETS: JSON.stringify(['./', ...assets]),
  },
});

// The single file: one classic inline script (module scripts and workers
// are blocked on file://), the wasm as base64, the samples as data: URLs, and
// a CSP that allows exactly that script and that style by their hashes.
const dataUrl = (type, bytes) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
const inlineWasm = {
  name: 'inline-wasm',
  setup(builder) {
    builder.onResolve({ filter: /^newslens:inline-wasm$/ }, () => ({ path: 'inline-wasm', namespace: 'newslens' }));
    builder.onLoad({ filter: /.*/, namespace: 'newslens' }, () => ({
      contents: `export const WASM_BASE64 = ${JSON.stringify(read('pkg/newslens_bg.wasm').toString('base64'))};`,
      loader: 'js',
    }));
  },
};
const single = await build({
  ...shared,
  entryPoints: [path('www/single.js')],
  format: 'iife',
  write: false,
  plugins: [inlineWasm],
  logOverride: { 'empty-import-meta': 'silent' },
});
const script = single.outputFiles[0].text.replaceAll('</script', '<\\/script');
const pageCss = read('www/page.css').toString();
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const sampleManifest = samples.map(({ name }) => ({ name, url: dataUrl('text/plain', read(`www/samples/${name}`)) }));
const csp = [
  "default-src 'none'",
  `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(pageCss)}`,
  'connect-src data:',
  'img-src data: blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const html = read('www/index.html')
  .toString()
  .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`)
  .replace(/\s*<link rel="manifest"[^>]*>/, '')
  .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="${dataUrl('image/svg+xml', iconSvg())}">`)
  .replace(/<link rel="stylesheet" href="page.css">/, () => `<style>${pageCss}</style>`)
  .replace(/\s*<script type="module" src="app.js"><\/script>/, '')
  .replace(/samples="samples\/index.json"/, () => `samples="${dataUrl('application/json', JSON.stringify(sampleManifest))}"`)
  .replace(/\s*<p>Loading newslens…[^]*?<\/p>/, '\n      <p>Loading newslens…</p>')
  .replace('</body>', () => `<script>${script}</script>\n</body>`);
writeFileSync(`${dist}newslens.html`, html);
