import { describe, expect, it } from 'vitest';
import { formatKpi } from './kpiFormat';

describe('KPI formatting', () => {
  it('shows rates in percent and large quantities in bigger units, French first', () => {
    expect(formatKpi('selfConsumptionRate', 0.6243)).toEqual({ value: '62,4', unit: '%' });
    expect(formatKpi('importKwh', 1234.56)).toEqual({ value: '1\u202f234,6', unit: 'kWh' });
    expect(formatKpi('importKwh', 123_456)).toEqual({ value: '123,5', unit: 'MWh' });
    expect(formatKpi('npvEur', 705_000)).toEqual({ value: '705', unit: 'k€' });
    expect(formatKpi('co2Kg', 812.4)).toEqual({ value: '812', unit: 'kg CO₂e' });
    expect(formatKpi('paybackYears', 10.25)).toEqual({ value: '10,3', unit: 'ans' });
    expect(formatKpi('endOfLifeYear', 2034)).toEqual({ value: '2034', unit: '' });
    expect(formatKpi('lcoeEurPerKwh', 0.0912)).toEqual({ value: '0,091', unit: '€/kWh' });
  });

  it('speaks English too and shows a dash for missing values', () => {
    expect(formatKpi('importKwh', 1234.56, 'en')).toEqual({ value: '1,234.6', unit: 'kWh' });
    expect(formatKpi('paybackYears', 7, 'en')).toEqual({ value: '7', unit: 'years' });
    expect(formatKpi('irrPct', Number.NaN).value).toBe('—');
  });
});
