/** `npm run serve:web`: starts the web harness on 127.0.0.1 and prints its URL (with the token). */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebHarness } from './harness';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(option('data') ?? join(tmpdir(), 'ilot-web-harness'));
mkdirSync(dataDir, { recursive: true });
const harness = await startWebHarness({
  distDir: resolve(import.meta.dirname, '../../dist-web'),
  dataDir,
  port: Number(option('port') ?? 0),
});
process.stdout.write(`Ilot web harness (tests only) on ${harness.url}\nData folder: ${dataDir}\n`);
const stop = () => void harness.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
