// The browser tests' server: scripts/serve.mjs (the demo's and the bench's:
// 127.0.0.1, the strict CSP of docs/embedding.md on every response, correct MIME
// types, gzip as a static host sends it) on a random port, with the shape
// the tests use. `node tests/browser/server.mjs [dir]` serves a folder by
// hand (default dist/).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, STRICT_CSP } from '../../scripts/serve.mjs';

export { STRICT_CSP };

/**
 * Serves `root`; `mounts` maps a URL prefix ('/fixtures/') to another folder.
 * Resolves to { origin, url(path), close() }.
 */
export async function startServer({ root, mounts = {}, csp = STRICT_CSP } = {}) {
  const { server, url } = await serve(root, { csp, mounts });
  const origin = url.replace(/\/$/, '');
  return {
    origin,
    url: (p = '/') => new URL(p, origin).href,
    close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? resolve(fileURLToPath(new URL('../../dist', import.meta.url)));
  startServer({ root }).then((s) => console.log(`serving ${root} at ${s.origin}/`));
}
