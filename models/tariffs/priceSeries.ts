/**
 * Energy price (EUR/kWh) and HP/HC period of every step of a timeline, for any tariff of tariffSpecs.ts.
 * A step that straddles an HP/HC boundary (hourly step, HC from 01:30) gets the time-weighted mean price and the
 * period that covers most of it.
 */
import type { LocalCalendar } from '../calendar/localCalendar';
import type { Timeline } from '../core/timeline';
import { offPeakFractionSteps, offPeakMinuteMask } from './offPeakHours';
import { TRVE_DEFAULT } from './regulatedPrices';
import { sampleRegularSeries } from './sampleSeries';
import { type TariffSpec, TariffError, parseTariffSpec } from './tariffSpecs';
import { TEMPO_COLOR, type TempoDays, tempoDaysFromList, tempoDaysFromTemperature, tempoEpochDayOfStep } from './tempoCalendar';

export const PERIOD = { hp: 0, hc: 1 } as const;

export interface PriceSeries {
  readonly eurPerKwh: Float64Array;
  /** 0 = HP, 1 = HC. */
  readonly period: Uint8Array;
  /** Tempo only: TEMPO_COLOR per step (0 blue, 1 white, 2 red). */
  readonly tempoColor?: Uint8Array;
  /** Tempo only: the day colours used. */
  readonly tempoDays?: TempoDays;
  readonly surplusSaleEurPerKwh: number;
  readonly subscriptionEurPerYear: number;
}

export interface PriceSeriesInputs {
  /** Outdoor temperature per step (°C), needed for Tempo colours generated from temperature. */
  readonly tempC?: Float64Array;
}

const TEMPO_OFF_PEAK = offPeakMinuteMask(['22:00-06:00']);

export function importPriceSeries(tariff: TariffSpec, timeline: Timeline, calendar: LocalCalendar, inputs: PriceSeriesInputs = {}): PriceSeries {
  const t = parseTariffSpec(tariff);
  const n = timeline.length;
  if (calendar.timeline.length !== n || calendar.timeline.startUtcMs !== timeline.startUtcMs || calendar.timeline.stepMinutes !== timeline.stepMinutes) {
    throw new TariffError('tariff: calendar was built for another timeline');
  }
  const eurPerKwh = new Float64Array(n);
  const period = new Uint8Array(n);
  const common = { surplusSaleEurPerKwh: t.surplusSaleEurPerKwh, subscriptionEurPerYear: t.subscription?.eurPerYear ?? 0 };
  switch (t.kind) {
    case 'base':
      eurPerKwh.fill(t.eurPerKwh ?? ((t.subscription?.powerKva ?? 0) >= 9 ? TRVE_DEFAULT.baseFrom9KvaEurPerKwh : TRVE_DEFAULT.baseEurPerKwh));
      return { eurPerKwh, period, ...common };
    case 'hphc': {
      const hcFraction = offPeakFractionSteps(t.offPeakRanges, calendar);
      for (let i = 0; i < n; i++) {
        const f = hcFraction[i];
        period[i] = f >= 0.5 ? PERIOD.hc : PERIOD.hp;
        eurPerKwh[i] = f === 1 ? t.hcEurPerKwh : f === 0 ? t.hpEurPerKwh : f * t.hcEurPerKwh + (1 - f) * t.hpEurPerKwh;
      }
      return { eurPerKwh, period, ...common };
    }
    case 'tempo': {
      let days: TempoDays;
      if (t.days.source === 'list') days = tempoDaysFromList(calendar, t.days.days);
      else {
        if (!inputs.tempC) throw new TariffError("tariff: days: Tempo colours from temperature need the tempC series (or give days.source 'list')");
        days = tempoDaysFromTemperature(calendar, inputs.tempC);
      }
      const tempoColor = new Uint8Array(n);
      const byColor = [t.blue, t.white, t.red];
      for (let i = 0; i < n; i++) {
        const color = days.colors[tempoEpochDayOfStep(calendar, i) - days.firstEpochDay];
        const hc = TEMPO_OFF_PEAK[calendar.localMinuteOfDay[i]];
        tempoColor[i] = color;
        period[i] = hc;
        eurPerKwh[i] = hc ? byColor[color].hcEurPerKwh : byColor[color].hpEurPerKwh;
      }
      return { eurPerKwh, period, tempoColor, tempoDays: days, ...common };
    }
    case 'series': {
      let sampled: Float64Array;
      try {
        sampled = sampleRegularSeries(t.startUtcMs, t.stepMinutes, t.eurPerKwh, timeline, 'tariff');
      } catch (e) {
        throw new TariffError((e as Error).message);
      }
      eurPerKwh.set(sampled);
      if (t.offPeakRanges) {
        const hcFraction = offPeakFractionSteps(t.offPeakRanges, calendar);
        for (let i = 0; i < n; i++) period[i] = hcFraction[i] >= 0.5 ? PERIOD.hc : PERIOD.hp;
      }
      return { eurPerKwh, period, ...common };
    }
  }
}

/** Alias with a name that says what it does for any tariff. */
export const tariffPriceSeries = importPriceSeries;

export { TEMPO_COLOR };
