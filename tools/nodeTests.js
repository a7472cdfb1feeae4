// Runs the Node test files (emulator, integration, browser) with Node's test runner, one file at a time, and
// retries once the browser test files that failed. A browser test that fails on the retry fails the run; one that
// passes on it is named as flaky in the closing lines, never hidden. Only browser files are retried: a headless
// Chromium on a loaded 2-core CI machine now and then misses a moment (a list re-rendering under a click) that no
// assertion is about, while an emulator or data-layer test has no such timing and must pass the first time.
// `node tools/nodeTests.js [files]` narrows the run. Closes with one line, "node tests: N passed, N failed", that .ci/run reads.
'use strict';
const { spawn } = require('node:child_process');

const ALL_FILES = '.build/node/**/*.test.js';
const RUNNER_FLAGS = ['--disable-warning=ExperimentalWarning', '--test', '--test-reporter=spec', '--test-concurrency=1'];

/** Runs node --test over the given files, echoing its output, and resolves to the output and the exit code. */
function runTests(files) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...RUNNER_FLAGS, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => resolve({ output, code: code ?? 1 }));
  });
}

/** The counts of the spec reporter's closing lines ("ℹ pass N"). */
function count(output, what) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const match = plain.match(new RegExp(`^ℹ ${what} (\\d+)$`, 'm'));
  return match ? Number(match[1]) : 0;
}

/** The files named under "✖ failing tests:" ("test at .build/node/test/browser/x.test.js:12:3"). */
function failingFiles(output) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const files = new Set();
  for (const match of plain.matchAll(/^test at (\S+?\.test\.js):\d+:\d+$/gm)) files.add(match[1]);
  return [...files];
}

async function main() {
  const first = await runTests(process.argv.length > 2 ? process.argv.slice(2) : [ALL_FILES]);
  const passed = count(first.output, 'pass');
  const failed = count(first.output, 'fail');
  const files = failingFiles(first.output);
  const retryable = files.length > 0 && files.every((file) => /(^|\/)test\/browser\//.test(file));
  if (first.code === 0 || !retryable) {
    console.log(`node tests: ${passed} passed, ${first.code !== 0 && failed === 0 ? 1 : failed} failed`);
    process.exit(first.code);
  }

  console.log(`\n== retrying once the browser test files that failed: ${files.join(', ')}`);
  const retry = await runTests(files);
  const stillFailing = count(retry.output, 'fail');
  const failedAgain = retry.code !== 0 && stillFailing === 0 ? 1 : stillFailing;
  // The retried files' tests count once, with their retry's result: passes of the first run minus those files'
  // first passes (their retry total minus the first failures) plus the retry's passes.
  const total = passed + failed - failedAgain;
  if (retry.code === 0) console.log(`flaky (failed, then passed on the retry): ${files.join(', ')}`);
  console.log(`node tests: ${total} passed, ${failedAgain} failed`);
  process.exit(retry.code);
}

main();
