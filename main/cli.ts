import { loadCommands } from './cli/registry';
import type { CliIo } from './cli/command';

/** Ilot command line: the same services as the app, without Electron. */
async function main(argv: string[]): Promise<number> {
  const io: CliIo = {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
  const commands = await loadCommands();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out('Usage: npm run cli -- <command> [options]\n\nCommands:');
    for (const c of commands) io.out(`  ${c.name.padEnd(14)} ${c.summary}`);
    io.out('\nRun `npm run cli -- <command> --help` for a command\'s options.');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}". Run \`npm run cli -- --help\` for the list.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.err(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ilot: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
