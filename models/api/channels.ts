/**
 * Names the preload needs without bundling the whole contract (and zod) into the sandboxed
 * preload. A test checks this list against the contract.
 */
export const IPC_CALL_CHANNEL = 'ilot:call';
export const IPC_EVENT_CHANNEL = 'ilot:event';

export const CALL_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'projects.recent',
  'projects.forgetRecent',
  'projects.examples',
  'projects.create',
  'projects.open',
  'projects.openExample',
  'projects.saveAs',
  'projects.close',
  'projects.current',
  'project.update',
  'project.history',
  'project.undo',
  'sites.list',
  'sites.create',
  'sites.update',
  'sites.delete',
  'scenarios.list',
  'scenarios.get',
  'scenarios.create',
  'scenarios.update',
  'scenarios.duplicate',
  'scenarios.delete',
  'simulation.run',
  'simulation.cancel',
  'simulation.tasks',
  'results.get',
  'results.series',
  'territories.list',
  'territories.delete',
  'territories.rename',
  'flex.create',
  'flex.get',
  'flex.update',
  'flex.previewCsv',
  'flex.importCsv',
  'flex.defaultAssets',
  'flex.study',
  'flex.activate',
  'acc.create',
  'acc.get',
  'acc.update',
  'acc.importCurve',
  'acc.run',
  'acc.exportKeys',
  'imports.list',
] as const;

export const EVENT_NAMES = ['project.changed', 'task.progress', 'task.done', 'menu.command'] as const;
