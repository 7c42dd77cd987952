/**
 * Binds the API handlers to Electron IPC. Every call checks its sender (our window, our page) before
 * the contract validates its input.
 */
import { ipcMain, type BrowserWindow } from 'electron';
import { IPC_CALL_CHANNEL } from '../../models/api/channels';
import { dispatch, type HandlerMap } from '../services/api/handlers';
import { isTrustedSender } from './trust';

export function bindApi(handlers: HandlerMap, window: () => BrowserWindow | null, appUrl: string): void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, name: unknown, input: unknown) => {
    const win = window();
    if (!win || !isTrustedSender(event, win, appUrl)) {
      return { ok: false, error: { code: 'internal', message: 'Refused: the request did not come from the Ilot window' } };
    }
    if (typeof name !== 'string') return { ok: false, error: { code: 'validation', message: 'Call name must be a string' } };
    return dispatch(handlers, name, input);
  });
}
