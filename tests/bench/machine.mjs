#!/usr/bin/env node
// What the benchmark ran on: written at the start, the load average added at the end.
//   node tests/bench/machine.mjs OUT.json [--end]
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const [file, end] = process.argv.slice(2);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
if (end === '--end') {
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), loadavg_end: load() }));
} else {
  const sh = (c) => { try { return execSync(c, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return '?'; } };
  writeFileSync(file, JSON.stringify({
    cpu: (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] ?? os.cpus()[0]?.model ?? '?',
    nproc: os.availableParallelism(),
    mem_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: sh('/usr/bin/chromium --version'),
    emcc: (sh('emcc --version').match(/\b\d+\.\d+\.\d+\b/) || ['?'])[0],
    commit: sh('git rev-parse --short HEAD') + (sh('git status --porcelain --untracked-files=no') ? '+local changes' : ''),
    loadavg_start: load(),
    date: new Date().toISOString(),
  }));
}
