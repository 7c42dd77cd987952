import { describe, expect, it } from 'vitest';
import { demoSite3dModel } from './demo';
import { site3dModelSchema } from './schema';

function messages(input: unknown): string[] {
  const r = site3dModelSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('site3dModelSchema', () => {
  it('accepts the demo site', () => {
    expect(messages(demoSite3dModel())).toEqual([]);
  });
  it('names the field of a bad value', () => {
    const m = demoSite3dModel();
    m.buildings[0].widthM = 0;
    m.pvArrays[0].tiltDeg = 95;
    m.site.latDeg = 123;
    expect(messages(m)).toEqual(['site.latDeg must be within [−90, 90]', 'building widthM must be > 0', 'PV array tiltDeg must be within [0, 90]']);
    expect(messages({ ...demoSite3dModel(), storage: { name: 'S', capacityKwh: Number.NaN } })[0]).toMatch(/storage capacityKwh/);
  });
});
