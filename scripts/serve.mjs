// A tiny static server for dist/, loopback only, sending the strict policy the
// widget promises to work under (README "Security"). Used by scripts/run.sh;
// importable by tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const STRICT_CSP = [
  "default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self'",
  "connect-src 'self'", "base-uri 'none'", "object-src 'none'", "form-action 'none'", "frame-ancestors 'none'",
  "require-trusted-types-for 'script'", "trusted-types 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8',
};

// Text and wasm go out gzipped when the browser accepts it, as any static host
// would send them: the issue-5 budget is in gzip bytes, and the bench's Slow 4G
// cold start should move those, not the raw files. Compressed once per file
// version (path, size, mtime) and kept, so a timed run never waits for zlib.
const COMPRESSIBLE = /^(text\/|application\/(json|wasm)|image\/svg)/;
const gzipped = new Map();

function gzipOnce(file, info, bytes) {
  const key = `${info.size}:${info.mtimeMs}`;
  const kept = gzipped.get(file);
  if (kept?.key === key) return kept.body;
  const body = gzipSync(bytes, { level: 9 });
  gzipped.set(file, { key, body });
  return body;
}

// "gzip;q=0" is a refusal.
const acceptsGzip = (req) => /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?(?![\d.]))/.test(req.headers['accept-encoding'] ?? '');

/**
 * Serves `dir` on 127.0.0.1:`port` (0 = any free port); `mounts` maps a URL
 * prefix ('/fixtures/') to another folder. Resolves to {server, url}.
 */
export function serve(dir, {
  port = 0, csp = STRICT_CSP, headers = {}, mounts = {},
} = {}) {
  const folders = Object.entries(mounts).map(([prefix, folder]) => [prefix, resolve(folder)]);
  const server = createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store', ...extra, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request');
    }
    let rootDir = resolve(dir);
    let rest = path;
    for (const [prefix, folder] of folders) {
      if (path.startsWith(prefix)) {
        rootDir = folder;
        rest = path.slice(prefix.length - 1);
      }
    }
    let file = normalize(join(rootDir, rest));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(403, 'forbidden');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const bytes = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (!COMPRESSIBLE.test(type)) return send(200, bytes, type);
      if (!acceptsGzip(req)) return send(200, bytes, type, { Vary: 'Accept-Encoding' });
      send(200, gzipOnce(file, info, bytes), type, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    } catch {
      send(404, 'not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8000'] = process.argv.slice(2);
  const { url } = await serve(dir, { port: Number(port) });
  console.log(`serving ${dir} on ${url}`);
}
