import type { CliCommand } from './command';

/**
 * Every CLI command. Add one import and one entry per command file; keep the list alphabetical.
 */
export async function loadCommands(): Promise<CliCommand[]> {
  const modules = await Promise.all([
    import('./accCommand'),
    import('./dpeCommand'),
    import('./dpeValidateCommand'),
    import('./flexCommand'),
    import('./loadImportCommand'),
    import('./projectCommand'),
    import('./pvCommand'),
    import('./simulateCommand'),
    import('./sunCommand'),
  ]);
  return modules.map((m: { command: CliCommand }) => m.command);
}
