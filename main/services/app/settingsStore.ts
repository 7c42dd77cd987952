import { join } from 'node:path';
import type { Settings } from '../../../models/api/contract';
import { readJsonFile, writeJsonFile } from './jsonFile';

const DEFAULTS: Settings = { locale: 'fr' };

/** User settings in the app-data folder; French by default. */
export class SettingsStore {
  private readonly file: string;

  constructor(appDataDir: string) {
    this.file = join(appDataDir, 'settings.json');
  }

  get(): Settings {
    const stored = readJsonFile<Partial<Settings>>(this.file, {});
    return { locale: stored.locale === 'en' ? 'en' : DEFAULTS.locale };
  }

  update(patch: Partial<Settings>): Settings {
    const next = { ...this.get(), ...patch };
    writeJsonFile(this.file, next);
    return next;
  }
}
