#!/usr/bin/env node
// The `extract` command: a thin shell around run(argv) from the compiled CLI.
import { setFlagsFromString } from 'node:v8';

// A smaller inlining budget for V8's optimising compiler, set before any code
// is hot (process-wide, so the worker threads of -j N get it too). Each thread
// compiles the extractors afresh, and with the default budget (920) that
// compilation was ~40% of a 20 MB run's instructions; at 200 a `-j2` run over
// the bench corpus executes ~10% fewer instructions in all, with the same
// steady-state cost per MB (docs/bench.md, "Warm-up").
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

const { run } = await import('../dist/src/cli/index.js');

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`extract: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
