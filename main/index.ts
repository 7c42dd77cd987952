/**
 * Electron main process: one secure window, the IPC binding, the menu. Everything else lives in
 * main/services and is shared with the CLI and the web harness.
 */
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuCommand } from '../models/api/contract';
import { IPC_EVENT_CHANNEL } from '../models/api/channels';
import { ApiSession, createHandlers } from './services/api/handlers';
import type { ApiHost } from './services/api/host';
import { CONTENT_SECURITY_POLICY } from './services/security';
import { bindApi } from './ipc/binding';
import { buildMenu } from './menu';
import createScenarioWorker from '../workers/scenario.worker?nodeWorker';
import createTerritoryWorker from '../workers/territory.worker?nodeWorker';

let mainWindow: BrowserWindow | null = null;
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(__dirname, '../renderer/index.html');
const appUrl = devServerUrl ? devServerUrl.replace(/\/?$/, '/') : `file://${rendererFile.replace(/\\/g, '/')}`;

/** better-sqlite3 built for Electron by `npm run prepare:electron` (tests keep the Node build). */
function electronSqliteBinding(): string | undefined {
  const candidate = join(app.getAppPath(), '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  return !app.isPackaged && existsSync(candidate) ? candidate : undefined;
}

const host: ApiHost = {
  kind: 'electron',
  version: app.getVersion(),
  appDataDir: app.getPath('userData'),
  projectsDir: join(app.getPath('documents'), 'Ilot'),
  sqliteNativeBinding: electronSqliteBinding(),
  scenarioWorkerFactory: () => createScenarioWorker({}),
  territoryWorkerFactory: () => createTerritoryWorker({}),
  async chooseSavePath(suggestedName) {
    const result = await dialog.showSaveDialog(mainWindow!, {
      title: 'Enregistrer le projet',
      defaultPath: join(app.getPath('documents'), 'Ilot', suggestedName),
      filters: [{ name: 'Projet Ilot', extensions: ['ilot'] }],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseOpenPath() {
    const result = await dialog.showOpenDialog(mainWindow!, {
      title: 'Ouvrir un projet',
      properties: ['openFile'],
      filters: [{ name: 'Projet Ilot', extensions: ['ilot'] }],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  emit(event, payload) {
    mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event, payload);
    if (event === 'project.changed' && (payload as { entity: string }).entity === 'project-opened') refreshMenu();
  },
};

const apiSession = new ApiSession(host);
const handlers = createHandlers(apiSession);

function refreshMenu(): void {
  const send = (command: MenuCommand) => host.emit('menu.command', { command });
  const openRecent = (path: string) => {
    void Promise.resolve(handlers['projects.open']({ path }))
      .then(() => host.emit('project.changed', { entity: 'project-opened' }))
      .catch((error: Error) => dialog.showErrorBox('Ouverture impossible', error.message));
  };
  Menu.setApplicationMenu(buildMenu(send, apiSession.recent.list(), openRecent));
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'Ilot',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // No new windows; external links open in the system browser only when they are https.
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(appUrl)) event.preventDefault();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadFile(rendererFile);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  bindApi(handlers, () => mainWindow, appUrl);
  refreshMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  void apiSession.shutdown();
  if (process.platform !== 'darwin') app.quit();
});
