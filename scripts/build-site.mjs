// Builds the deployable demo into dist/: the page, its minified app and
// worker bundles (the worker carries the wasm glue), the stylesheet, the wasm
// and the sample articles. Any static file server can serve dist/.
import { build } from 'esbuild';
import { cpSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const path = (relative) => new URL(relative, root).pathname;

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

await build({
  entryPoints: [path('www/app.js'), path('www/worker.js'), path('www/style.css')],
  outdir: dist.pathname,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  logLevel: 'warning',
});

copyFileSync(path('www/index.html'), path('dist/index.html'));
copyFileSync(path('pkg/newslens_bg.wasm'), path('dist/newslens_bg.wasm'));
cpSync(path('www/samples'), path('dist/samples'), { recursive: true });
