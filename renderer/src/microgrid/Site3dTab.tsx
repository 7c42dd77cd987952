import { Alert } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MicrogridResultView } from '../../../models/analysis/resultView';
import { flowsAtTime, site3dFromScenario } from '../../../models/microgrid/site3dFromScenario';
import { microgridScenarioSchema } from '../../../models/sim/scenarioSchema';
import { SiteView3d } from './site3d';

const DAY_MS = 86_400_000;

/** Start of the local (Paris) day containing `utcMs`, good to the hour: the scrubber covers that day. */
function parisDayStart(utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(new Date(utcMs));
  const h = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const m = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return Math.floor((utcMs - (h * 60 + m) * 60_000) / 60_000) * 60_000;
}

export function Site3dTab({ doc, view, timeUtcMs, onTimeChange }: { doc: unknown; view: MicrogridResultView | null; timeUtcMs: number; onTimeChange(t: number): void }) {
  const { t } = useTranslation();
  const parsed = useMemo(() => microgridScenarioSchema.safeParse(doc), [doc]);
  const model = useMemo(() => (parsed.success ? site3dFromScenario(parsed.data) : null), [parsed]);
  const flowsAt = useCallback(
    (at: number) => (view ? flowsAtTime(view, at) : { pvKw: 0, loadKw: 0, storageKw: 0, evKw: 0, gridKw: 0 }),
    [view],
  );
  if (!model) return <Alert color="orange">{parsed.success ? '' : parsed.error.issues[0]?.message}</Alert>;
  const dayStart = parisDayStart(timeUtcMs);
  return (
    <div data-testid="site3d-tab">
      {!view && <Alert color="gray" mb="sm">{t('mg.results.none')}</Alert>}
      <SiteView3d
        model={model}
        dayStartUtcMs={dayStart}
        timeUtcMs={Math.min(Math.max(timeUtcMs, dayStart), dayStart + DAY_MS - 1)}
        onTimeChange={onTimeChange}
        flowsAt={flowsAt}
        stepMinutes={view ? Math.min(60, view.timeline.stepMinutes) : 60}
        height={560}
      />
    </div>
  );
}
