import { resolve } from 'node:path';
import { IlotApiError } from '../../models/api/errors';
import { exportProjectJson, openProject } from '../services/projectStore';
import { parseArgs, type CliCommand } from './command';

const usage = `Usage:
  npm run cli -- project info FILE.ilot          summary of a project file
  npm run cli -- project export FILE.ilot --json the whole project document as JSON`;

export const command: CliCommand = {
  name: 'project',
  summary: 'Read a project file: info, export --json',
  usage,
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const [action, file] = positionals;
    if (!action || !file || !['info', 'export'].includes(action)) {
      io.err(usage);
      return 2;
    }
    let store;
    try {
      store = openProject(resolve(io.cwd, file), { readonly: true });
    } catch (error) {
      io.err(`project: ${error instanceof IlotApiError ? error.message : String(error)}`);
      return 2;
    }
    try {
      if (action === 'export') {
        if (!options.has('json')) {
          io.err('project export: only --json is supported for now');
          return 2;
        }
        io.out(JSON.stringify(exportProjectJson(store), null, 2));
        return 0;
      }
      const header = store.header();
      const sites = store.listSites();
      const scenarios = store.listScenarios();
      io.out(`Projet      ${header.name}`);
      io.out(`Client      ${header.client || '—'}`);
      io.out(`Fichier     ${store.file}`);
      io.out(`Créé le     ${header.createdAt}   modifié le ${header.updatedAt}`);
      io.out(`Sites       ${sites.length}${sites.length ? ': ' + sites.map((s) => s.name).join(', ') : ''}`);
      io.out(`Scénarios   ${scenarios.length}`);
      for (const s of scenarios) io.out(`  - ${s.name} (${s.kind})${s.hasResult ? (s.stale ? ' résultats périmés' : ' résultats à jour') : ''}`);
      io.out(`Historique  ${store.history(1_000_000).length} modifications`);
      return 0;
    } finally {
      store.close();
    }
  },
};
