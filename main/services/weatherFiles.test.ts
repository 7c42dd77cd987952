import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWeatherFile, readWeatherText, WeatherFileError } from './weatherFiles';

const refDir = path.resolve(__dirname, '../../..', 'shared/reference/weather');
const base = path.join(refDir, 'pvgis_tmy_45.000_8.000_2005_2023');
const haveRef = existsSync(`${base}.epw`);
if (!haveRef) console.warn(`weatherFiles.test: ${refDir} not found; sample-file tests skipped`);

describe('weather files', () => {
  it.skipIf(!haveRef)('loads the three PVGIS sample formats onto the same typical year', async () => {
    const [csv, json, epw] = await Promise.all(['csv', 'json', 'epw'].map((ext) => loadWeatherFile(`${base}.${ext}`, { year: 2025 })));
    expect(csv.series.timeline.length).toBe(8760);
    expect(json.series.ghiWm2).toEqual(csv.series.ghiWm2);
    expect(epw.series.ghiWm2).toEqual(csv.series.ghiWm2);
    expect(epw.notes.join(' ')).toMatch(/UTC/);
    expect(csv.series.source.label).toBe('pvgis_tmy_45.000_8.000_2005_2023.csv');
  });

  it('names the file when it is missing, not weather, or malformed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ilot-weather-'));
    await expect(loadWeatherFile(path.join(dir, 'none.epw'))).rejects.toThrow(/none\.epw: no such file/);
    writeFileSync(path.join(dir, 'x.txt'), 'hello');
    await expect(loadWeatherFile(path.join(dir, 'x.txt'))).rejects.toThrow(WeatherFileError);
    await expect(loadWeatherFile(path.join(dir, 'x.txt'))).rejects.toThrow(/x\.txt: not a PVGIS TMY/);
    writeFileSync(path.join(dir, 'bad.epw'), ['LOCATION,x,-,x,src,0,45,8,1,250', ...Array(7).fill('X'), '2018,1,1,1,0,?,abc'].join('\n'));
    await expect(loadWeatherFile(path.join(dir, 'bad.epw'))).rejects.toThrow(/bad\.epw: line 9/);
  });

  it('reads a Latin-1 EPW and a generic CSV with a mapping', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ilot-weather-'));
    const row = (h: number) => `2023,1,1,${h},0,?,2,1,94,99870,9999,9999,283,${h},0,0,1,1,1,1,257,0.7`;
    const epw = [`LOCATION,Orléans,-,FRA,src,0,47.9,1.9,1.0,110`, ...Array(7).fill('X'), ...Array.from({ length: 24 }, (_, h) => row(h + 1))].join('\n');
    writeFileSync(path.join(dir, 'latin.epw'), Buffer.from(epw, 'latin1'));
    expect((await readWeatherText(path.join(dir, 'latin.epw'))).startsWith('LOCATION,Orléans')).toBe(true);
    const one = await loadWeatherFile(path.join(dir, 'latin.epw'));
    expect(one.series.timeline.length).toBe(24);
    writeFileSync(path.join(dir, 'm.csv'), 'date;g;t\n2025-01-01 00:00;0;1,5\n2025-01-01 01:00;0;1\n');
    const csv = await loadWeatherFile(path.join(dir, 'm.csv'), { csvMapping: { time: { column: 'date', format: 'YYYY-MM-DD HH:mm' }, ghi: { column: 'g' }, temp: { column: 't' } } });
    expect(Array.from(csv.series.tempC)).toEqual([1.5, 1]);
  });
});
