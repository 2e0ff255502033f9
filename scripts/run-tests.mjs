#!/usr/bin/env node
// The whole test suite, in order: typecheck, unit, component, then browser tests on a fresh build.
// Every stage runs even if an earlier one failed, so the summary is complete; exit code is non-zero on any failure.
// Last line: "total: N passed, N failed" (read by .ci/run).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';

const only = process.argv.slice(2);
const reports = 'reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
let passed = 0;
let failed = 0;
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const stages = [
  ['typecheck', () => {
    const ok = run(npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']) === 0;
    ok ? passed++ : failed++;
    console.log(`typecheck: ${ok ? 'passed' : 'FAILED'}`);
  }],
  ...['unit', 'component', 'e2e'].map((project) => [project, () => {
    if (project === 'e2e') {
      const built = run(npx, ['vite', 'build', '--logLevel', 'warn']) === 0;
      if (!built) { failed++; console.log('build for e2e: FAILED'); return; }
    }
    const out = `${reports}/${project}.json`;
    run(npx, ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
    if (!existsSync(out)) { failed++; console.log(`${project}: no report (crashed)`); return; }
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    // a file that failed to load counts as a failure even when no test inside it ran
    for (const f of r.testResults ?? []) if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) failed++;
  }]),
];
for (const [name, stage] of stages) if (only.length === 0 || only.includes(name)) stage();
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
