// The native CLI on hostile input files: an error message and exit status,
// never a crash. Regressions for what the fuzzers found in the engine, reached
// through the CLI's own file reading (--answers, validate DIR).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'build/native/messenger-fit');
const dir = mkdtempSync(join(tmpdir(), 'mf-hostile-'));

function run(args) {
  const r = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.signal, null, `killed by ${r.signal}: ${r.stderr.slice(0, 300)}`);
  return r;
}

function file(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('an answers file nested 200 000 deep is refused, not a stack overflow', () => {
  const deep = file('deep.json', `{"threat":${'['.repeat(200000)}${']'.repeat(200000)}}`);
  const r = run(['recommend', '--answers', deep]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /is not JSON: .*nested deeper than 64 levels/);
});

test('an answers file with a number too large for a double is refused with a message', () => {
  const r = run(['recommend', '--answers', file('huge.json', '{"threat": 1e999}')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /is not JSON: .*number overflow/);
});

test('validate DIR reports deeply nested and overflowing data files as problems', () => {
  const data = join(dir, 'data');
  mkdirSync(data);
  for (const name of ['attributes.json', 'catalogue.json', 'needs.json', 'criteria.json', 'quiz.json'])
    writeFileSync(join(data, name), readFileSync(join(root, 'data', name)));
  writeFileSync(join(data, 'needs.json'), `{"needs":[{"id":"x","group":"network","rule":${'{"not":'.repeat(50000)}{"attr":"tor","eq":"builtin"}${'}'.repeat(50000)}}]}`);
  writeFileSync(join(data, 'quiz.json'), '{"important_factor": 1e999, "questions": []}');
  const r = run(['validate', data]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /needs\.json:\/: invalid JSON: .*nested deeper than 64 levels/);
  assert.match(r.stdout, /quiz\.json:\/: invalid JSON: .*number overflow/);
});
