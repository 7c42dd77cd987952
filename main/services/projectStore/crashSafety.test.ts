import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject, openProject } from './index';
import { tempDir } from './testing/tempDir';

const writer = fileURLToPath(new URL('./testing/crashWriter.ts', import.meta.url));

describe('crash safety', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('keeps every committed transaction when the writer is killed with SIGKILL', async () => {
    const file = tmp.path('crash.ilot');
    createProject(file, { name: 'Crash' }, { lock: false }).store.close();

    const child = spawn(process.execPath, ['--import', 'tsx', writer, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lastCommitted = -1;
    let buffered = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          const m = /^committed (\d+)$/.exec(line);
          if (m) lastCommitted = Number(m[1]);
        }
        if (lastCommitted >= 300) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited early: ${code}`))));
    });
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));

    const store = openProject(file);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const names = new Set(store.listSites().map((s) => s.name));
    for (let i = 0; i <= lastCommitted; i++) expect(names.has(`Site ${i}`)).toBe(true);
    const notes = Number(/edit (\d+)/.exec(store.header().notes)?.[1]);
    expect(notes).toBeGreaterThanOrEqual(lastCommitted);
    store.close();
  });
});
