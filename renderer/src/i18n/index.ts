import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../models/api/contract';
import { en } from './en';
import { fr } from './fr';

/** i18next with French as the default and fallback language. */
export function initI18n(locale: Locale): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: locale,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    keySeparator: '.',
    nsSeparator: false,
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

export async function switchLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
