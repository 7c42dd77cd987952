/**
 * One collective self-consumption operation computed end to end: perimeter check, allocation
 * with the chosen key, energy balance per participant and in total, bill impact. Each step is in
 * its own module (perimeter.ts, allocation.ts, balance.ts, bill.ts) with its sources.
 */
import type { Timeline } from '../core/timeline';
import { allocate, type AllocationKey, type AllocationResult } from './allocation';
import { consumerFlows, operationFlows, producerFlows, type AccFlows, type ParticipantFlows } from './balance';
import { consumerBill, producerRevenueEur, type AccPrices, type ConsumerBill } from './bill';
import { checkPerimeter, type PerimeterResult } from './perimeter';
import { accOperationSchema, accSettingsSchema, type AccOperation, type AccSettingsInput } from './schemas';

export interface AccResult {
  readonly timeline: Timeline;
  readonly perimeter: PerimeterResult;
  readonly key: AllocationKey;
  readonly operation: AccFlows;
  readonly participants: readonly ParticipantFlows[];
  readonly bills: ReadonlyArray<ConsumerBill & { readonly prm: string }>;
  readonly totalSavingEur: number;
  readonly producersRevenueEur: number;
  readonly prices: AccPrices;
  readonly consumerPrms: readonly string[];
  readonly allocation: AllocationResult;
}

/** Builds the key from the participants' fields; throws a RangeError naming the missing field. */
export function buildKey(kind: AllocationKey['kind'], consumers: AccOperation['participants']): AllocationKey {
  switch (kind) {
    case 'default':
      return { kind };
    case 'static':
      return {
        kind,
        shares: consumers.map((c) => {
          if (c.share === undefined) throw new RangeError(`static key: consumer ${c.prm} has no share`);
          return c.share;
        }),
      };
    case 'priority':
      return {
        kind,
        priorities: consumers.map((c) => {
          if (c.priority === undefined) throw new RangeError(`priority key: consumer ${c.prm} has no priority`);
          return c.priority;
        }),
      };
    case 'ratios':
      return {
        kind,
        ratios: consumers.map((c) => {
          if (c.ratio === undefined) throw new RangeError(`ratios key: consumer ${c.prm} has no ratio`);
          return c.ratio;
        }),
      };
  }
}

export function runAccOperation(operationInput: AccOperation, settingsInput: AccSettingsInput): AccResult {
  const op = accOperationSchema.parse(operationInput);
  const settings = accSettingsSchema.parse(settingsInput);
  const producers = op.participants.filter((p) => p.role === 'producer');
  const consumers = op.participants.filter((p) => p.role === 'consumer');
  const key = buildKey(settings.key, consumers);
  const consumption = consumers.map((c) => op.curvesKwh[c.prm]);
  const allocation = allocate(
    producers.map((p) => op.curvesKwh[p.prm]),
    consumption,
    key,
  );
  const perimeter = checkPerimeter({
    participants: op.participants.map((p) => ({ prm: p.prm, role: p.role, latDeg: p.latDeg, lonDeg: p.lonDeg, peakKw: p.peakKw })),
    derogation: settings.derogation,
    zone: settings.zone,
    dateIso: settings.dateIso,
  });
  const participants: ParticipantFlows[] = [
    ...producers.map((p) => producerFlows(p.prm, op.curvesKwh[p.prm], allocation)),
    ...consumers.map((c, i) => consumerFlows(c.prm, op.curvesKwh[c.prm], allocation.allocatedKwh[i])),
  ];
  const operation = operationFlows(allocation, consumption);
  const bills = participants
    .filter((p) => p.role === 'consumer')
    .map((p) => ({ prm: p.prm, ...consumerBill(p.consumedKwh, p.selfConsumedKwh, settings.prices) }));
  return {
    timeline: op.timeline,
    perimeter,
    key,
    operation,
    participants,
    bills,
    totalSavingEur: bills.reduce((s, b) => s + b.savingEur, 0),
    producersRevenueEur: producerRevenueEur(operation.selfConsumedKwh, operation.surplusKwh, settings.prices),
    prices: settings.prices,
    consumerPrms: consumers.map((c) => c.prm),
    allocation,
  };
}
