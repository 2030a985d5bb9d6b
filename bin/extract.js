#!/usr/bin/env node
// The `extract` command: a thin shell around run(argv) from the compiled CLI.
import { run } from '../dist/src/cli/index.js';

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`extract: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
