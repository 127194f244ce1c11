// scripts/serve.mjs (the demo's server, and the bench's): the strict policy on
// every response, and text and wasm gzipped for browsers that accept it, as a
// static host would send them (the Slow 4G cold start moves gzip bytes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { serve, STRICT_CSP } from '../../scripts/serve.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

// target: a URL, or request options naming host, port and path.
function get(target, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const options = target instanceof URL ? [target, { method, headers }] : [{ ...target, method, headers }];
    const req = request(...options, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('text and wasm are gzipped when accepted, and the same bytes once inflated', async (t) => {
  const { server, url } = await serve(dist);
  t.after(() => server.close());
  for (const file of ['index.html', 'messenger-fit.js', 'mf-engine.wasm', 'favicon.svg']) {
    const raw = readFileSync(join(dist, file));
    const zipped = await get(new URL(file, url), { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(zipped.status, 200, file);
    assert.equal(zipped.headers['content-encoding'], 'gzip', file);
    assert.equal(zipped.headers.vary, 'Accept-Encoding', file);
    assert.equal(zipped.headers['content-security-policy'], STRICT_CSP, file);
    assert.ok(zipped.body.length < raw.length, `${file}: smaller (${zipped.body.length} < ${raw.length})`);
    assert.deepEqual(gunzipSync(zipped.body), raw, file);
    // The second answer comes from the kept copy: same bytes.
    assert.deepEqual((await get(new URL(file, url), { 'Accept-Encoding': 'gzip' })).body, zipped.body, file);
  }
});

test('no gzip for a client that does not accept it, or refuses it with q=0', async (t) => {
  const { server, url } = await serve(dist);
  t.after(() => server.close());
  const raw = readFileSync(join(dist, 'messenger-fit.js'));
  for (const accept of [undefined, 'identity', 'br', 'gzip;q=0', 'gzip; q=0.0, identity']) {
    const res = await get(new URL('messenger-fit.js', url), accept === undefined ? {} : { 'Accept-Encoding': accept });
    assert.equal(res.headers['content-encoding'], undefined, String(accept));
    assert.deepEqual(res.body, raw, String(accept));
  }
  assert.equal((await get(new URL('messenger-fit.js', url), { 'Accept-Encoding': 'gzip;q=0.5' })).headers['content-encoding'], 'gzip');
});

test('HEAD sends the headers without a body; outside the folder is refused', async (t) => {
  const { server, url } = await serve(dist);
  t.after(() => server.close());
  const head = await get(new URL('index.html', url), { 'Accept-Encoding': 'gzip' }, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-encoding'], 'gzip');
  assert.equal(head.body.length, 0);
  // Sent as is (a URL object would resolve the dots before asking).
  const outside = new URL(url);
  assert.equal((await get({ host: outside.hostname, port: outside.port, path: '/..%2fpackage.json' })).status, 403);
  assert.equal((await get(new URL('/no-such-file.js', url))).status, 404);
});

test('a mount serves another folder under its URL prefix, and only that folder', async (t) => {
  const data = fileURLToPath(new URL('../../data/', import.meta.url));
  const { server, url } = await serve(dist, { mounts: { '/data/': data } });
  t.after(() => server.close());
  const mounted = await get(new URL('/data/needs.json', url));
  assert.equal(mounted.status, 200);
  assert.deepEqual(mounted.body, readFileSync(join(data, 'needs.json')));
  assert.equal((await get(new URL('/index.html', url))).status, 200, 'the root still serves the rest');
  const at = new URL(url);
  assert.equal((await get({ host: at.hostname, port: at.port, path: '/data/..%2findex.html' })).status, 403);
});
