#!/usr/bin/env node
/** The `entryway` command: a thin entry over lib/cli (all logic and tests live there). */
import { nodeIO } from '../lib/cli/node-io';
import { runPartWorker } from '../lib/cli/parallel';
import { runCli } from '../lib/cli/run';

// NOTE: the bundle is also the worker script of the parallel analysis; as a worker it only checks its part.
if (!runPartWorker()) main();

function main() {
  // A reader that closes the pipe early (`entryway export … | head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });

  runCli(process.argv.slice(2), nodeIO()).then(
    (code) => {
      // NOTE: set exitCode instead of calling process.exit, so large output on a pipe is fully flushed.
      process.exitCode = code;
    },
    () => {
      process.stderr.write('entryway: internal error\n');
      process.exitCode = 2;
    },
  );
}
