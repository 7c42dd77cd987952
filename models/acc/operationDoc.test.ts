import { describe, expect, it } from 'vitest';
import { IlotApiError } from '../api/errors';
import { yearTimeline } from '../core/timeline';
import { completeKeys, curveSourcesKey, parseOperationDoc, readCurve } from './operationDoc';
import { parisOffsetMinutes } from './parisTime';
import type { AccOperation } from './schemas';

const pad = (n: number) => String(n).padStart(2, '0');

describe('ACC operation documents', () => {
  it('splits what the given static shares leave pro rata of consumption, priority 1 by default', () => {
    const curve = (kwh: number) => Float64Array.from({ length: 4 }, () => kwh / 4);
    const consumer = (prm: string, share?: number) => ({ prm, name: prm, role: 'consumer' as const, latDeg: 49.5, lonDeg: 1, share });
    const op: AccOperation = {
      name: 'Op',
      timeline: { startUtcMs: 0, stepMinutes: 30, length: 4 },
      participants: [{ prm: '30000000000001', name: 'PV', role: 'producer', latDeg: 49.5, lonDeg: 1 }, consumer('30000000000002', 0.4), consumer('30000000000003'), consumer('30000000000004')],
      curvesKwh: { '30000000000001': curve(50), '30000000000002': curve(500), '30000000000003': curve(100), '30000000000004': curve(300) },
    };
    const shares = completeKeys(op).participants.map((p) => [p.share, p.priority]);
    expect(shares).toEqual([
      [undefined, undefined],
      [0.4, 1],
      [0.15, 1],
      [0.45, 1],
    ]);
  });

  it('reads a year of naive Paris times onto the timeline, the repeated October hour in file order', () => {
    const timeline = yearTimeline(2025, 30);
    const stepMs = 30 * 60_000;
    const rows = ['Horodate;kWh'];
    for (let i = 0; i < timeline.length; i++) {
      const utc = timeline.startUtcMs + i * stepMs;
      const local = new Date(utc + parisOffsetMinutes(utc) * 60_000);
      rows.push(`${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())};${i},5`);
    }
    const kwh = readCurve(rows.join('\n'), timeline);
    expect(kwh).toHaveLength(17_520);
    expect(kwh.every((v, i) => v === i + 0.5)).toBe(true);
    // Without the repeated hour's second half the year has gaps, named by count and first instant.
    const october = rows.findIndex((r) => r.startsWith('2025-10-26 02:00'));
    const withoutRepeat = rows.filter((r, i) => !(i > october && r.startsWith('2025-10-26 02:')) || i < october + 2);
    expect(() => readCurve(withoutRepeat.join('\n'), timeline)).toThrow(/2 steps of the operation's year are missing \(first at 2025-10-26T01:00:00.000Z\)/);
  });

  it('keys the year of curves on their sources only, and names the bad field of a document', () => {
    const doc = parseOperationDoc({
      participants: [{ prm: '30000000000001', role: 'producer', latDeg: 49.5, lonDeg: 1, curve: { kind: 'pv', kWp: 36, tiltDeg: 30, azimuthDeg: 180 } }],
    });
    expect(curveSourcesKey({ ...doc, key: 'static', dateIso: '2026-01-01' })).toBe(curveSourcesKey(doc));
    expect(curveSourcesKey({ ...doc, participants: [{ ...doc.participants[0], curve: { ...doc.participants[0].curve, kind: 'pv', kWp: 37 } as never }] })).not.toBe(curveSourcesKey(doc));
    try {
      parseOperationDoc({ participants: [], stepMinutes: 10 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IlotApiError);
      expect((e as IlotApiError).issues[0].path).toBe('data.stepMinutes');
    }
  });
});
