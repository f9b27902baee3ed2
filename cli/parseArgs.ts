/**
 * Command-line arguments into a command, its file arguments and its options, or a usage
 * error (exit 1) that says what is wrong. Options take `--name value` or `--name=value`;
 * flags take no value. Each command declares the options it knows, so a typo is an error
 * instead of being silently ignored.
 */

export interface CommandSpec {
  /** Options that take a value, with the values allowed (null: any value). */
  values: Record<string, readonly string[] | null>;
  /** Options that are on or off. */
  flags: readonly string[];
  /** Value options that must be given. */
  required: readonly string[];
  /** How many positional arguments: [min, max]. */
  positionals: [number, number];
}

export interface ParsedArgs {
  command: string;
  positionals: string[];
  values: Record<string, string>;
  flags: Set<string>;
}

/** 'help': print the usage (of one command, or of all when command is null) and exit 0. */
export type ParseArgsResult =
  | { ok: true; args: ParsedArgs }
  | { ok: false; error: string }
  | { ok: 'help'; command: string | null };

export const GLOBAL_FLAGS = ['json', 'help'];

export function parseArgs(
  argv: readonly string[],
  commands: Readonly<Record<string, CommandSpec>>,
): ParseArgsResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { ok: 'help', command: rest[0] && commands[rest[0]] ? rest[0] : null };
  }
  const spec = commands[command];
  if (!spec) {
    return {
      ok: false,
      error: `Unknown command "${command}". Commands: ${Object.keys(commands).join(', ')}.`,
    };
  }
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i] as string;
    if (token === '-h') {
      flags.add('help');
      continue;
    }
    if (!token.startsWith('--') || token === '--') {
      positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq < 0 ? undefined : eq);
    if (GLOBAL_FLAGS.includes(name) || spec.flags.includes(name)) {
      if (eq >= 0) return { ok: false, error: `--${name} takes no value.` };
      flags.add(name);
      continue;
    }
    if (!(name in spec.values)) {
      const known = [...Object.keys(spec.values), ...spec.flags, ...GLOBAL_FLAGS].map(
        (n) => `--${n}`,
      );
      return {
        ok: false,
        error: `Unknown option --${name} for ${command}. Options: ${known.join(', ')}.`,
      };
    }
    const value = eq >= 0 ? token.slice(eq + 1) : rest[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) {
      return { ok: false, error: `--${name} needs a value.` };
    }
    const allowed = spec.values[name];
    if (allowed && !allowed.includes(value)) {
      return {
        ok: false,
        error: `--${name} must be one of ${allowed.join(', ')} (got "${value}").`,
      };
    }
    if (name in values) return { ok: false, error: `--${name} is given twice.` };
    values[name] = value;
  }
  if (flags.has('help')) return { ok: 'help', command };
  for (const name of spec.required) {
    if (!(name in values)) return { ok: false, error: `${command} needs --${name}.` };
  }
  const [min, max] = spec.positionals;
  if (positionals.length < min) {
    return {
      ok: false,
      error: `${command} needs ${min === 1 ? 'a file' : `${min} files`} to read.`,
    };
  }
  if (positionals.length > max) {
    return {
      ok: false,
      error: `${command} takes ${max === 0 ? 'no file arguments' : `at most ${max}`}; got "${positionals.join('", "')}".`,
    };
  }
  return { ok: true, args: { command, positionals, values, flags } };
}
