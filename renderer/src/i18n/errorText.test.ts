import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { IlotApiError } from '../../../models/api/errors';
import { en } from './en';
import { errorText, validationText } from './errorText';
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

  it('translates the schema sentences by their shape, with French decimals, and leaves unknown ones alone', async () => {
    const t = await translator('fr');
    expect(validationText(t, 'pack.stateOfHealth must be between 0.3 and 1')).toBe('Doit être compris entre 0,3 et 1');
    expect(validationText(t, 'site.tempC must be between −20 and 30 °C')).toBe('Doit être compris entre −20 et 30 °C');
    expect(validationText(t, 'vehicles.0.count must be ≥ 1')).toBe('Doit être supérieur ou égal à 1');
    expect(validationText(t, 'co2.kgPerKwh must be ≤ 2')).toBe('Doit être inférieur ou égal à 2');
    expect(validationText(t, 'pvArrays.0.kWp must be > 0')).toBe('Doit être strictement positif');
    expect(validationText(t, 'loads.annualKwh must be a number')).toBe('Doit être un nombre');
    expect(validationText(t, 'name is required')).toBe('Obligatoire');
    expect(validationText(t, 'Latitude must be between -90 and 90°')).toBe('La latitude doit être comprise entre -90 et 90°');
    expect(validationText(t, 'session needs requestedKwh or distanceKm')).toBe('session needs requestedKwh or distanceKm');
    // A field shown in % gets its bounds in %.
    expect(validationText(t, 'pack.stateOfHealth must be between 0.3 and 1', { scale: 100 })).toBe('Doit être compris entre 30\u202f% et 100\u202f%');
    expect(validationText(t, 'dispatch.targetSoc must be between 0 and 1', { scale: 100 })).toBe('Doit être compris entre 0\u202f% et 100\u202f%');
    expect(validationText(t, 'site.tempC must be between −20 and 30 °C', { scale: 100 })).toBe('Doit être compris entre −20 et 30 °C');
    const en = await translator('en');
    expect(validationText(en, 'pack.stateOfHealth must be between 0.3 and 1')).toBe('Must be between 0.3 and 1');
  });
});
