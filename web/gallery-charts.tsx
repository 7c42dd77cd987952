/**
 * Gallery of the results dashboard charts with DEMO data (development, screenshots and e2e tests only;
 * never shipped). The demo year is a plausible holiday village on Belle-Île-en-Mer built by a seeded
 * generator — a clear-sky PV bell with seeded cloudiness, a load with a summer peak, a battery that
 * follows a simple self-consumption rule — not a simulation result: figures are illustrative.
 * `?lang=en` shows the English texts.
 */
import '@mantine/core/styles.css';
import '../renderer/src/styles.css';
import { Button, Container, Group, MantineProvider, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { EvDeparture, MicrogridResultView, SeriesName } from '../models/analysis/resultView';
import { parisOffsetMinutes } from '../models/calendar/parisTime';
import { yearTimeline } from '../models/core/timeline';
import { initI18n } from '../renderer/src/i18n';
import {
  EvDeparturesChart,
  HeatmapChart,
  KpiCards,
  MonthlyBalanceChart,
  SankeyChart,
  SohProjectionChart,
  TypicalDayChart,
  WeekExplorer,
  registerChartTexts,
} from '../renderer/src/microgrid/charts';
import { theme } from '../renderer/src/theme';

/** mulberry32: small seeded PRNG, so the demo (and the screenshots) are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PV_KWP = 76;
const STORAGE_KWH = 200;
const STORAGE_KW = 60;
const EFFICIENCY = 0.95; // one way
const EXPORT_LIMIT_KW = 36;
const LATITUDE_RAD = (47.35 * Math.PI) / 180;
const LONGITUDE_DEG = -3.15;

interface Demo {
  view: MicrogridResultView;
}

/** The seeded demo year at `stepMinutes`. */
function demoYear(stepMinutes: number, seed = 56): Demo {
  const timeline = yearTimeline(2025, stepMinutes);
  const n = timeline.length;
  const random = prng(seed);
  const dtH = stepMinutes / 60;
  const s: Record<SeriesName, Float64Array> = Object.fromEntries(
    (['pvKw', 'loadKw', 'servedKw', 'shedKw', 'unservedKw', 'storageChargeKw', 'storageDischargeKw', 'storageSocPct', 'evChargeKw', 'v2gKw', 'gridImportKw', 'gridExportKw', 'curtailedKw'] as const).map((k) => [k, new Float64Array(n)]),
  ) as Record<SeriesName, Float64Array>;
  const stepsPerDay = (24 * 60) / stepMinutes;
  let cloud = 1;
  let occupancy = 1;
  let visitorsToday = 0;
  let shortfallToday = 0;
  let energyKwh = STORAGE_KWH / 2;
  const departures: EvDeparture[] = [];
  let pendingKwh = 0;
  let requestKwh = 0;
  for (let i = 0; i < n; i++) {
    const utc = timeline.startUtcMs + i * stepMinutes * 60_000 + (stepMinutes * 60_000) / 2;
    const dayOfYear = Math.floor(i / stepsPerDay);
    const localHour = (((utc / 3_600_000 + parisOffsetMinutes(utc) / 60) % 24) + 24) % 24;
    const summer = Math.exp(-(((dayOfYear - 205) / 28) ** 2)); // holiday season peak late July
    if (i % stepsPerDay === 0) {
      // A new day: cloudiness (clearer in summer), occupancy of the village, visiting EVs.
      cloud = Math.min(1, 0.25 + random() * 0.9 + 0.3 * summer);
      occupancy = 0.35 + 0.65 * summer + 0.1 * (random() - 0.5);
      visitorsToday = summer > 0.2 ? Math.floor(random() * (1 + 4 * summer)) : random() < 0.15 ? 1 : 0;
      shortfallToday = random() < 0.12 ? 0.15 + 0.5 * random() : 0;
    }
    // Sun: solar declination (Cooper 1969) and the hour angle from solar time (UTC + longitude / 15).
    const decl = ((23.45 * Math.PI) / 180) * Math.sin((2 * Math.PI * (284 + dayOfYear + 1)) / 365);
    const solarHour = (utc / 3_600_000 + LONGITUDE_DEG / 15) % 24;
    const hourAngle = ((solarHour - 12) * 15 * Math.PI) / 180;
    const sinElev = Math.sin(LATITUDE_RAD) * Math.sin(decl) + Math.cos(LATITUDE_RAD) * Math.cos(decl) * Math.cos(hourAngle);
    const pv = sinElev > 0 ? PV_KWP * 0.82 * Math.pow(sinElev, 1.15) * cloud * (0.93 + 0.07 * random()) : 0;
    // Holiday village: base load, morning and evening peaks, more people in summer.
    const shape = 0.45 + 0.35 * Math.exp(-(((localHour - 8.5) / 1.6) ** 2)) + 0.8 * Math.exp(-(((localHour - 20) / 2) ** 2));
    const load = (12 + 45 * occupancy) * shape * (0.9 + 0.2 * random());
    // Visitors' EVs charge on PV in the day; the two V2G ZOE give back a little in the evening peak.
    const ev = visitorsToday > 0 && localHour >= 10 && localHour < 17 ? Math.min(7 * visitorsToday, Math.max(3.7, pv - load)) : 0;
    const v2g = localHour >= 19 && localHour < 21.5 && occupancy > 0.5 ? 4 + 2 * random() : 0;
    if (ev > 0) {
      pendingKwh += ev * dtH;
      requestKwh += ev * dtH * (1 + shortfallToday);
    }
    if (localHour >= 17 && pendingKwh > 0) {
      // Vehicles leave at the end of the charging window; a few asked for more than they got.
      const share = pendingKwh / Math.max(1, visitorsToday);
      for (let v = 0; v < Math.max(1, visitorsToday); v++) {
        departures.push({ vehicle: `VE-${(v + 1).toString().padStart(2, '0')}`, departureUtcMs: utc + v * 9 * 60_000, requestedKwh: (requestKwh / pendingKwh) * share, deliveredKwh: share });
      }
      pendingKwh = 0;
      requestKwh = 0;
    }
    let surplus = pv + v2g - load - ev;
    let charge = 0;
    let discharge = 0;
    if (surplus > 0) {
      charge = Math.min(surplus, STORAGE_KW, (STORAGE_KWH * 0.95 - energyKwh) / (EFFICIENCY * dtH));
      charge = Math.max(0, charge);
      energyKwh += charge * EFFICIENCY * dtH;
      surplus -= charge;
    } else {
      discharge = Math.max(0, Math.min(-surplus, STORAGE_KW, ((energyKwh - STORAGE_KWH * 0.1) * EFFICIENCY) / dtH));
      energyKwh -= (discharge / EFFICIENCY) * dtH;
      surplus += discharge;
    }
    const exportKw = surplus > 0 ? Math.min(surplus, EXPORT_LIMIT_KW) : 0;
    s.pvKw[i] = pv;
    s.loadKw[i] = load;
    s.servedKw[i] = load;
    s.evChargeKw[i] = ev;
    s.v2gKw[i] = v2g;
    s.storageChargeKw[i] = charge;
    s.storageDischargeKw[i] = discharge;
    s.storageSocPct[i] = (100 * energyKwh) / STORAGE_KWH;
    s.gridExportKw[i] = exportKw;
    s.curtailedKw[i] = surplus > 0 ? surplus - exportKw : 0;
    s.gridImportKw[i] = surplus < 0 ? -surplus : 0;
  }
  const sum = (a: Float64Array) => a.reduce((x, v) => x + v, 0) * dtH;
  const pvKwh = sum(s.pvKw);
  const importKwh = sum(s.gridImportKw);
  const exportKwh = sum(s.gridExportKw);
  const curtailedKwh = sum(s.curtailedKw);
  const useKwh = sum(s.servedKw) + sum(s.evChargeKw);
  const onTarget = departures.filter((d) => d.deliveredKwh >= d.requestedKwh - 0.05).length / Math.max(1, departures.length);
  const sohProjection = Array.from({ length: 16 }, (_, y) => ({ year: 2025 + y, sohPct: 100 - 1.6 * y - 0.045 * y * y }));
  const eol = sohProjection.find((p) => p.sohPct <= 70)?.year ?? Number.NaN;
  return {
    view: {
      timeline,
      series: s,
      kpis: {
        selfConsumptionRate: (pvKwh - exportKwh - curtailedKwh) / pvKwh,
        selfSufficiencyRate: 1 - importKwh / useKwh,
        importKwh,
        exportKwh,
        peakImportKw: s.gridImportKw.reduce((m, v) => Math.max(m, v), 0),
        unservedKwh: 0,
        curtailedKwh,
        equivalentFullCycles: sum(s.storageDischargeKw) / STORAGE_KWH,
        sohEnd: sohProjection[1].sohPct,
        endOfLifeYear: eol,
        v2gKwh: sum(s.v2gKw),
        departuresOnTargetShare: onTarget,
        // Illustrative prices (0,20 €/kWh bought, 0,10 €/kWh sold, 50 g CO2e/kWh): demo only.
        energyCostEur: importKwh * 0.2 - exportKwh * 0.1,
        baselineCostEur: useKwh * 0.2,
        co2Kg: importKwh * 0.05,
        npvEur: 48_300,
        irrPct: 6.8,
        lcoeEurPerKwh: 0.094,
        paybackYears: 10.4,
      },
      sohProjection,
      evDepartures: departures,
    },
  };
}

/** The 1-minute year: the 15-minute demo interpolated, with seeded minute-scale noise on the load. */
function minuteYear(base: MicrogridResultView): MicrogridResultView {
  const timeline = yearTimeline(2025, 1);
  const random = prng(7);
  const names: SeriesName[] = ['pvKw', 'loadKw', 'gridImportKw', 'gridExportKw', 'storageChargeKw', 'storageDischargeKw', 'evChargeKw', 'v2gKw', 'curtailedKw', 'storageSocPct'];
  const series: Partial<Record<SeriesName, Float64Array>> = {};
  for (const name of names) {
    const src = base.series[name] as Float64Array;
    const out = new Float64Array(timeline.length);
    for (let i = 0; i < out.length; i++) {
      const k = Math.floor(i / 15);
      const f = (i % 15) / 15;
      const next = src[Math.min(src.length - 1, k + 1)];
      out[i] = src[k] + f * (next - src[k]);
      if (name === 'loadKw') out[i] *= 0.85 + 0.3 * random();
    }
    series[name] = out;
  }
  return { timeline, series, kpis: {} };
}

// `?points=N` changes the point budget of the timed explorer (to see how drawing time scales).
const TIMED_MAX_POINTS = Number(new URLSearchParams(location.search).get('points')) || 2000;

/** Renders the WeekExplorer on the 1-minute year and reports the time until its lines are drawn. */
function TimedWeek({ view, t0, onDone, selected }: { view: MicrogridResultView; t0: number; onDone: (ms: number) => void; selected: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    let frame = 0;
    const poll = () => {
      // Lines are in the DOM: wait for the next frame, which starts after they were painted.
      if (ref.current?.querySelector('[data-testid="week-main"] .recharts-line-curve')) frame = requestAnimationFrame(() => onDone(performance.now() - t0));
      else frame = requestAnimationFrame(poll);
    };
    frame = requestAnimationFrame(poll);
    return () => cancelAnimationFrame(frame);
  }, [t0, onDone]);
  return (
    <div ref={ref}>
      <WeekExplorer view={view} selectedTimeUtcMs={selected} fileName="semaine-pas-1-min" maxPoints={TIMED_MAX_POINTS} />
    </div>
  );
}

/** Own state, so that starting the measurement re-renders nothing but this section. */
function TimingSection({ base, selected }: { base: MicrogridResultView; selected: number }) {
  const [minute, setMinute] = useState<{ view: MicrogridResultView; t0: number; genMs: number } | null>(null);
  const [renderMs, setRenderMs] = useState<number | null>(null);
  const done = useCallback((ms: number) => setRenderMs((prev) => prev ?? ms), []);
  const runTiming = () => {
    const g0 = performance.now();
    const v = minuteYear(base);
    const genMs = performance.now() - g0;
    setRenderMs(null);
    setMinute({ view: v, t0: performance.now(), genMs });
  };
  return (
    <Stack gap="xs" data-testid="timing-section">
      <Group>
        <Button onClick={runTiming} data-testid="timing-run">
          Mesurer l’explorateur sur une année au pas d’une minute
        </Button>
        {minute && (
          <Text size="sm" data-testid="timing-result" data-render-ms={renderMs ?? ''} data-gen-ms={minute.genMs.toFixed(0)}>
            {renderMs === null ? 'Rendu en cours…' : `525 600 pas : rendu en ${renderMs.toFixed(0)} ms (génération des données ${minute.genMs.toFixed(0)} ms, non comptée)`}
          </Text>
        )}
      </Group>
      {minute && <TimedWeek key={minute.t0} view={minute.view} t0={minute.t0} onDone={done} selected={selected} />}
    </Stack>
  );
}

// `?only=timing` shows the timing section alone, so that its measurement is not mixed with the
// layout of the whole gallery.
const ONLY_TIMING = new URLSearchParams(location.search).get('only') === 'timing';

function Gallery() {
  const demo = useMemo(() => demoYear(15), []);
  const view = demo.view;
  const [selected, setSelected] = useState(() => Date.UTC(2025, 6, 10, 12, 0));
  if (ONLY_TIMING)
    return (
      <Container size={1280} py="lg">
        <Title order={2}>Galerie des graphiques de résultats — mesure</Title>
        <TimingSection base={view} selected={selected} />
      </Container>
    );
  const fmt = new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' });
  return (
    <Container size={1280} py="lg">
      <Stack gap="lg">
        <div>
          <Title order={2}>Galerie des graphiques de résultats</Title>
          <Text c="dimmed" size="sm">
            Données de démonstration générées (village de vacances, 76 kWc PV, stockage 200 kWh), année 2025 au pas de 15 minutes — pas un résultat de simulation.
          </Text>
          <Text size="sm" data-testid="selected-time">
            Instant partagé : {fmt.format(selected)}
          </Text>
        </div>
        <KpiCards kpis={view.kpis} />
        <WeekExplorer view={view} selectedTimeUtcMs={selected} onSelectTime={setSelected} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <TypicalDayChart view={view} selectedTimeUtcMs={selected} onSelectTime={setSelected} />
          <MonthlyBalanceChart view={view} />
        </SimpleGrid>
        <HeatmapChart view={view} series="pvKw" />
        <SankeyChart view={view} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <SohProjectionChart projection={view.sohProjection ?? []} endOfLifeYear={view.kpis.endOfLifeYear} />
          <EvDeparturesChart departures={view.evDepartures ?? []} />
        </SimpleGrid>
        <TimingSection base={view} selected={selected} />
      </Stack>
    </Container>
  );
}

const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr';
initI18n(lang);
registerChartTexts();
createRoot(document.getElementById('root')!).render(
  <MantineProvider theme={theme}>
    <Gallery />
  </MantineProvider>,
);
