/**
 * The weather source of a stored result in the user's language. The engine labels its own synthetic
 * years in English ("synthetic year 2025, zone H2a (below400), seed 1", see models/weather/synthetic.ts
 * and models/sim/fallbackWeather.ts); imported files keep their own name.
 */
import type { TFunction } from 'i18next';

const SYNTHETIC = /^synthetic year (\d{4}), zone (H\w+) \((below400|from400to800|above800)\), seed (-?\d+)$/;

export function weatherSourceText(t: TFunction, source: { kind: string; label: string }): string {
  if (source.kind === 'synthetic') {
    const m = SYNTHETIC.exec(source.label);
    if (m) return t('mg.results.weatherSynthetic', { year: m[1], zone: m[2], altitude: t(`mg.results.altitude.${m[3]}`), seed: m[4] });
    if (source.label.startsWith('Ilot fallback synthetic year')) return t('mg.results.weatherFallback');
  }
  return source.label;
}
