import { describe, expect, it } from 'vitest';
import { csvHeaderOf, guessCsvMapping } from './csvHeader';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('weather CSV header and first mapping guess', () => {
  it('reads the first non-empty line with its separator, BOM and quotes removed', () => {
    expect(csvHeaderOf(b64('\uFEFF\n"time";"G(h)";"T2m";"WS10m"\n20250101:0010;0;5.1;3\n'))).toEqual(['time', 'G(h)', 'T2m', 'WS10m']);
    expect(csvHeaderOf(b64('Date,GHI (W/m2),Température (°C)\n'))).toEqual(['Date', 'GHI (W/m2)', 'Température (°C)']);
  });

  it('guesses the time, irradiance, temperature and wind columns from common names, and nothing it cannot tell', () => {
    const g = guessCsvMapping(['time', 'G(h)', 'Gb(n)', 'Gd(h)', 'T2m', 'WS10m']);
    expect(g.time?.column).toBe('time');
    expect(g.ghi?.column).toBe('G(h)');
    expect(g.dni?.column).toBe('Gb(n)');
    expect(g.dhi?.column).toBe('Gd(h)');
    expect(g.temp?.column).toBe('T2m');
    expect(g.wind?.column).toBe('WS10m');
    expect(guessCsvMapping(['a', 'b'])).toEqual({});
  });
});
