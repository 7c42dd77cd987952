/** A sub-command of `npm run cli`. Each lives in its own file under main/cli/ and is listed in registry.ts. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly cwd: string;
}

export interface CliCommand {
  /** First word on the command line, e.g. `project`, `dpe`, `simulate`. */
  readonly name: string;
  /** One line shown by `--help`. */
  readonly summary: string;
  /** Full usage text shown by `<name> --help`. */
  readonly usage: string;
  /** Returns the process exit code. Must not throw for bad input: print a one-line reason and return 2. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Parses `--key value`, `--key=value` and bare `--flag` options; the rest are positionals. */
export function parseArgs(args: readonly string[]): { positionals: string[]; options: Map<string, string | true> } {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) {
      options.set(arg.slice(2, eq), arg.slice(eq + 1));
      continue;
    }
    const next = args[i + 1];
    // A following token that is not itself an option is this option's value (negative numbers included).
    if (next !== undefined && !next.startsWith('--')) {
      options.set(arg.slice(2), next);
      i++;
    } else {
      options.set(arg.slice(2), true);
    }
  }
  return { positionals, options };
}
