/** Entry point of `lacuna` (npm run -s lacuna -- …, bin/lacuna.js). Only wiring: see run.ts. */
import { run } from './run';
import { processIo } from './io';
import { errorText } from '../error-text';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // The reader went away (e.g. `| head`): stop quietly.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

run(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`lacuna: internal error: ${errorText(err)}\n`);
    process.exitCode = 3;
  },
);
