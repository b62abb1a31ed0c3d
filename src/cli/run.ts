/** The `lacuna` command: arguments → command → exit status (cli-contract.md). */
import { parseArgs, wantsDebug, type ParsedArgs } from './args';
import { analyzeCommand } from './commands/analyze';
import { extractCommand } from './commands/extract';
import { indexCommand } from './commands/index';
import { pairsCommand } from './commands/pairs';
import { relatedCommand } from './commands/related';
import { EXIT, InputError, UsageError } from './errors';
import { HELP } from './help';
import type { Io } from './io';

const COMMANDS: Record<Exclude<ParsedArgs['command'], 'help'>, (args: ParsedArgs, io: Io) => number | Promise<number>> = {
  analyze: analyzeCommand,
  related: relatedCommand,
  extract: extractCommand,
  index: indexCommand,
  pairs: pairsCommand,
};

/** Runs one command line; never throws: every failure becomes an exit status and a message on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const debug = wantsDebug(argv);
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.out(HELP);
      return EXIT.ok;
    }
    return await COMMANDS[args.command](args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`lacuna: ${err.message}\nRun "lacuna --help" for usage.\n`);
      return EXIT.usage;
    }
    if (err instanceof InputError) {
      io.err(`lacuna: ${err.message}\n`);
      return EXIT.input;
    }
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    io.err(`lacuna: internal error: ${message.split('\n')[0]}${debug ? '' : ' (--debug shows the stack trace)'}\n`);
    if (debug && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
    return EXIT.internal;
  }
}
