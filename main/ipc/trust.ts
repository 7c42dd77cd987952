/**
 * Which IPC senders are trusted: our one window, showing our own page (not a page it was navigated
 * to, not a subframe from elsewhere). Type-only electron imports keep it testable in Node.
 */
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, window: Pick<BrowserWindow, 'webContents'>, appUrl: string): boolean {
  if (event.sender.id !== window.webContents.id) return false;
  const frameUrl = event.senderFrame?.url ?? '';
  if (!frameUrl.startsWith(appUrl)) return false;
  // A look-alike such as file:///app/index.html.evil/ must not pass as the app itself.
  const rest = frameUrl.slice(appUrl.length);
  return rest === '' || rest.startsWith('#') || rest.startsWith('?') || appUrl.endsWith('/');
}
