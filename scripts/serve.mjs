// Serves dist/ on 127.0.0.1 (PORT, default 8080, or the next free port) and
// prints the URL. Used by `npm start` and by the end-to-end tests.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Starts a static server for `directory`; resolves to { server, url }. */
export function serve(directory, port = 0) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    // normalize() resolves every '..' against the leading '/', so no path escapes directory.
    const file = join(directory, normalize(pathname), pathname.endsWith('/') ? 'index.html' : '');
    let size;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

async function main() {
  const directory = fileURLToPath(new URL('../dist/', import.meta.url));
  let port = Number(process.env.PORT ?? 8080);
  for (let attempt = 0; ; attempt++) {
    try {
      const { url } = await serve(directory, port);
      console.log(`newslens demo: ${url}  (Ctrl+C to stop)`);
      return;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || attempt === 20) throw error;
      port += 1;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
