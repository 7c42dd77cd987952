/** The recently opened projects, remembered in the user's app-data folder. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RecentProject } from '../../../models/api/contract';
import { readJsonFile, writeJsonFile } from './jsonFile';

const MAX_RECENT = 12;

export class RecentProjects {
  private readonly file: string;

  constructor(appDataDir: string) {
    this.file = join(appDataDir, 'recent-projects.json');
  }

  list(): RecentProject[] {
    const stored = readJsonFile<Array<Omit<RecentProject, 'exists'>>>(this.file, []);
    return (Array.isArray(stored) ? stored : [])
      .filter((r) => r && typeof r.path === 'string')
      .map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  remember(path: string, name: string): void {
    const rest = this.list().filter((r) => r.path !== path);
    const next = [{ path, name, openedAt: new Date().toISOString() }, ...rest.map(({ exists: _e, ...r }) => r)];
    writeJsonFile(this.file, next.slice(0, MAX_RECENT));
  }

  forget(path: string): RecentProject[] {
    writeJsonFile(
      this.file,
      this.list()
        .filter((r) => r.path !== path)
        .map(({ exists: _e, ...r }) => r),
    );
    return this.list();
  }
}
