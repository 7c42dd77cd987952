/**
 * Detects a project opened twice. In this process: a registry of open paths (a second open is a
 * conflict). In another process (a second Ilot window or instance): a `.lock` file beside the
 * project naming the owner; a live owner gives a warning, a dead one (crash) is taken over.
 */
import { existsSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

const openInThisProcess = new Set<string>();

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly openedAt: string;
}

export function canonicalPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function isOpenInThisProcess(file: string): boolean {
  return openInThisProcess.has(canonicalPath(file));
}

/** Takes the lock; returns the other live owner when there is one (the caller warns the user). */
export function acquireLock(file: string): LockOwner | null {
  const key = canonicalPath(file);
  const lockFile = `${key}.lock`;
  let other: LockOwner | null = null;
  if (existsSync(lockFile)) {
    try {
      const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as LockOwner;
      const sameHost = owner.host === hostname();
      if (owner.pid !== process.pid && (!sameHost || isAlive(owner.pid))) other = owner;
    } catch {
      // An unreadable lock is a leftover of a crash: take it over.
    }
  }
  openInThisProcess.add(key);
  if (!other) {
    const me: LockOwner = { pid: process.pid, host: hostname(), openedAt: new Date().toISOString() };
    writeFileSync(lockFile, JSON.stringify(me));
  }
  return other;
}

export function releaseLock(file: string): void {
  const key = canonicalPath(file);
  openInThisProcess.delete(key);
  const lockFile = `${key}.lock`;
  try {
    const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as LockOwner;
    if (owner.pid === process.pid && owner.host === hostname()) rmSync(lockFile, { force: true });
  } catch {
    // No lock or not ours: nothing to release.
  }
}
