import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trust';

const window = { webContents: { id: 7 } } as never;
const event = (id: number, url: string | null) => ({ sender: { id }, senderFrame: url === null ? null : { url } }) as never;
const app = 'file:///opt/Ilot/resources/app/out/renderer/index.html';

describe('IPC sender check', () => {
  it('trusts our window showing our page, with its route', () => {
    expect(isTrustedSender(event(7, app), window, app)).toBe(true);
    expect(isTrustedSender(event(7, `${app}#/microgrid`), window, app)).toBe(true);
  });
  it('refuses another webContents, another page, a look-alike path or a missing frame', () => {
    expect(isTrustedSender(event(8, app), window, app)).toBe(false);
    expect(isTrustedSender(event(7, 'https://example.org/'), window, app)).toBe(false);
    expect(isTrustedSender(event(7, `${app}.evil/x.html`), window, app)).toBe(false);
    expect(isTrustedSender(event(7, null), window, app)).toBe(false);
  });
  it('accepts pages under the dev server origin', () => {
    expect(isTrustedSender(event(7, 'http://localhost:5173/#/project'), window, 'http://localhost:5173/')).toBe(true);
  });
});
