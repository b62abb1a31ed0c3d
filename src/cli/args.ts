/** Command-line arguments → a command and its options. Throws UsageError on anything else. */
import { UsageError } from './errors';

export type CommandName = 'analyze' | 'related' | 'extract' | 'index' | 'pairs' | 'help';

export interface Options {
  json: boolean;
  debug: boolean;
  force: boolean;
  url: string | null;
  corpus: string | null;
}

export interface ParsedArgs {
  command: CommandName;
  /** The one file or directory the command works on (null for help). */
  target: string | null;
  options: Options;
}

const COMMANDS: readonly CommandName[] = ['analyze', 'related', 'extract', 'index', 'pairs'];
const FLAGS = new Set(['json', 'debug', 'force', 'help']);
const VALUED = new Set(['url', 'corpus']);

/** Which options each command accepts besides --json, --debug and --help. */
const ALLOWED: Record<Exclude<CommandName, 'help'>, { corpus: boolean; url: boolean; force: boolean; what: string }> = {
  analyze: { corpus: true, url: false, force: true, what: '<article>' },
  related: { corpus: true, url: false, force: true, what: '<article>' },
  extract: { corpus: false, url: true, force: true, what: '<page.html>' },
  index: { corpus: false, url: false, force: false, what: '<dir>' },
  pairs: { corpus: false, url: false, force: false, what: '<pairs.tsv>' },
};

/** Whether --debug was asked for, read before parsing can fail (so a usage error can show a stack too). */
export function wantsDebug(argv: readonly string[]): boolean {
  return argv.includes('--debug');
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: Options = { json: false, debug: false, force: false, url: null, corpus: null };
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      help = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      if (FLAGS.has(name)) {
        if (eq !== -1) throw new UsageError(`option --${name} takes no value`);
        if (name === 'help') help = true;
        else options[name as 'json' | 'debug' | 'force'] = true;
      } else if (VALUED.has(name)) {
        let value: string | undefined;
        if (eq !== -1) value = arg.slice(eq + 1);
        else {
          value = argv[i + 1];
          if (value === undefined || value.startsWith('--')) throw new UsageError(`option --${name} needs a value`);
          i++;
        }
        if (value === '') throw new UsageError(`option --${name} needs a value`);
        options[name as 'url' | 'corpus'] = value;
      } else {
        throw new UsageError(`unknown option ${arg}`);
      }
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    positionals.push(arg);
  }

  const [first, ...rest] = positionals;
  if (help || first === 'help' || first === undefined) {
    if (first === undefined && !help) throw new UsageError('no command given');
    return { command: 'help', target: null, options };
  }
  if (!(COMMANDS as readonly string[]).includes(first)) throw new UsageError(`unknown command "${first}"`);
  const command = first as Exclude<CommandName, 'help'>;
  const allowed = ALLOWED[command];
  if (rest.length === 0) throw new UsageError(`${command} needs ${allowed.what}`);
  if (rest.length > 1) throw new UsageError(`${command} takes one ${allowed.what}, got ${rest.length} arguments`);
  if (options.corpus !== null && !allowed.corpus) throw new UsageError(`${command} takes no --corpus`);
  if (options.url !== null && !allowed.url) throw new UsageError(`${command} takes no --url`);
  if (options.url !== null && !isWebAddress(options.url)) throw new UsageError(`--url ${options.url} is not a web address (http:// or https://)`);
  if (options.force && !allowed.force) throw new UsageError(`${command} takes no --force`);
  if (allowed.corpus && options.corpus === null) throw new UsageError(`${command} needs --corpus <dir>`);
  return { command, target: rest[0]!, options };
}

function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
