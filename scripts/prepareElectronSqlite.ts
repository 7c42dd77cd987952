/**
 * Builds better-sqlite3 for Electron into .electron-native/ (run before `npm run dev`), leaving the
 * Node build in node_modules for the tests and the CLI. The app loads it through better-sqlite3's
 * `nativeBinding` option (main/index.ts). Needs Electron's headers, so a machine with internet;
 * on an offline machine it explains and exits without failing the command that called it.
 * Packaged installers do not use this: electron-builder rebuilds native modules itself.
 */
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const target = join(root, '.electron-native', 'node_modules', 'better-sqlite3');
const binary = join(target, 'build', 'Release', 'better_sqlite3.node');
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
const stamp = join(target, `.electron-${electronVersion}`);

if (existsSync(binary) && existsSync(stamp)) {
  process.stdout.write(`better-sqlite3 for Electron ${electronVersion} is ready.\n`);
} else {
  mkdirSync(join(root, '.electron-native', 'node_modules'), { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), target, { recursive: true });
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({ buildPath: join(root, '.electron-native'), electronVersion, onlyModules: ['better-sqlite3'], force: true });
    cpSync(binary, stamp);
    process.stdout.write(`Built better-sqlite3 for Electron ${electronVersion} in .electron-native/.\n`);
  } catch (error) {
    process.stdout.write(
      `Could not build better-sqlite3 for Electron (${(error as Error).message}). ` +
        'This needs Electron headers from the internet; tests and the CLI do not need it.\n',
    );
  }
}
