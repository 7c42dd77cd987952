import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { IlotApiError } from '../../../models/api/errors';
import { en } from './en';
import { errorText } from './errorText';
import { fr } from './fr';

async function translator(lng: 'fr' | 'en') {
  const i = i18next.createInstance();
  await i.init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng, fallbackLng: 'fr', interpolation: { escapeValue: false }, nsSeparator: false });
  return i.t.bind(i);
}

describe('errorText', () => {
  it('says in French that a crashed or timed-out computation left the application running', async () => {
    const t = await translator('fr');
    expect(errorText(t, new IlotApiError({ code: 'internal', message: 'Worker exited with code 1', reason: 'worker-crashed' }))).toMatch(/^Le calcul s’est interrompu .* réessayez\.$/);
    expect(errorText(t, new IlotApiError({ code: 'internal', message: 'timeout', reason: 'worker-timeout' }))).toMatch(/^Le calcul a dépassé le délai/);
    expect(errorText(t, new IlotApiError({ code: 'conflict', message: 'changed', reason: 'changed' }))).toMatch(/recommencez l’import/);
  });

  it('falls back on the generic internal message for an unknown reason, and speaks English when asked', async () => {
    const fr = await translator('fr');
    expect(errorText(fr, new IlotApiError({ code: 'internal', message: 'boom', reason: 'unheard-of' }))).toBe('Erreur interne : boom');
    const en = await translator('en');
    expect(errorText(en, new IlotApiError({ code: 'internal', message: 'x', reason: 'worker-crashed' }))).toMatch(/^The computation stopped/);
  });
});
