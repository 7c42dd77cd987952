/**
 * 3D view of a micro-grid site: buildings, PV at their tilt and azimuth, the battery container, the car
 * park with its vehicles, the sun at its SPA position with its day path and shadows, and the energy
 * flows of the chosen instant. The parent owns the time (so the charts stay in sync): this component
 * only emits onTimeChange, from the slider, the play loop or the keyboard (← → step, Space play/pause).
 */
import { Alert, Box, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Canvas, useFrame } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../models/core/numberFormat';
import { FLOW_EDGES, splitFlows } from '../../../../models/site3d/flows';
import { layoutSite } from '../../../../models/site3d/layout';
import { site3dModelSchema, type FlowsAtTime, type Site3dModel } from '../../../../models/site3d/schema';
import { sunAt, sunPath } from '../../../../models/site3d/sunPath';
import { CameraRig } from './CameraRig';
import { Compass3d } from './Compass3d';
import { FlowArrows } from './FlowArrows';
import { Label3d } from './Label3d';
import { parisDayLengthMs, planToThree, SOURCE_COLOURS } from './sceneUtils';
import { SiteObjects } from './SiteObjects';
import { SunAndSky } from './SunAndSky';
import { TimeScrubber } from './TimeScrubber';

export interface SiteView3dProps {
  model: Site3dModel;
  dayStartUtcMs: number;
  timeUtcMs: number;
  onTimeChange(t: number): void;
  flowsAt(t: number): FlowsAtTime;
  stepMinutes: number;
  height?: number;
}

const PLAY_INTERVAL_MS = 400;

/** Writes the number of rendered frames and the instant last drawn on the container, for tests. */
function FrameProbe({ target, timeUtcMs }: { target: React.RefObject<HTMLDivElement | null>; timeUtcMs: number }) {
  const frames = useRef(0);
  useFrame(() => {
    frames.current++;
    const el = target.current;
    if (!el) return;
    el.dataset.frames = String(frames.current);
    el.dataset.renderedTime = String(timeUtcMs);
  });
  return null;
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** Checks the model with its schema first: a bad field is named in a message, never a broken scene. */
export function SiteView3d(props: SiteView3dProps) {
  const { t } = useTranslation();
  const { model, stepMinutes } = props;
  const issues = useMemo(() => {
    const parsed = site3dModelSchema.safeParse(model);
    const out = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    if (!(stepMinutes > 0 && stepMinutes <= 60 * 24)) out.push(`stepMinutes: must be within (0, 1440], got ${stepMinutes}`);
    return out;
  }, [model, stepMinutes]);
  if (issues.length) {
    return (
      <Alert color="red" title={t('site3d.invalidModel')} data-testid="site3d-invalid">
        {issues.map((m) => (
          <div key={m}>{m}</div>
        ))}
      </Alert>
    );
  }
  return <SiteView3dScene {...props} />;
}

function SiteView3dScene({ model, dayStartUtcMs, timeUtcMs, onTimeChange, flowsAt, stepMinutes, height = 560 }: SiteView3dProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const rootRef = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => layoutSite(model), [model]);
  const stepMs = stepMinutes * 60_000;
  // The day runs to the next Paris midnight: 23 or 25 hours on the days the clocks change.
  const dayLengthMs = parisDayLengthMs(dayStartUtcMs);
  const steps = Math.max(1, Math.round(dayLengthMs / stepMs));
  const index = Math.min(steps - 1, Math.max(0, Math.round((timeUtcMs - dayStartUtcMs) / stepMs)));

  const flows = flowsAt(timeUtcMs);
  const { pvKw, loadKw, storageKw, evKw, gridKw, storageSocPct } = flows;
  const edgeKw = useMemo(() => {
    const out = new Float64Array(FLOW_EDGES.length);
    splitFlows({ pvKw, loadKw, storageKw, evKw, gridKw }, out);
    return out;
  }, [pvKw, loadKw, storageKw, evKw, gridKw]);
  // One scale for the whole day, so the same power always looks the same while scrubbing.
  const scaleKw = useMemo(() => {
    const out = new Float64Array(FLOW_EDGES.length);
    let max = 1;
    for (let i = 0; i < steps; i++) {
      splitFlows(flowsAt(dayStartUtcMs + i * stepMs), out);
      for (const v of out) if (v > max) max = v;
    }
    return max;
  }, [flowsAt, dayStartUtcMs, stepMs, steps]);

  const site = model.site;
  const sun = useMemo(() => sunAt(site, timeUtcMs), [site, timeUtcMs]);
  const path = useMemo(() => sunPath(site, dayStartUtcMs, dayLengthMs / 3_600_000, 10), [site, dayStartUtcMs, dayLengthMs]);

  // Playing: an interval outside the frame loop advances the parent's time, wrapping at the end of the day.
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ index, onTimeChange });
  latest.current = { index, onTimeChange };
  const goTo = useCallback((i: number) => latest.current.onTimeChange(dayStartUtcMs + (((i % steps) + steps) % steps) * stepMs), [dayStartUtcMs, steps, stepMs]);
  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => goTo(latest.current.index + 1), PLAY_INTERVAL_MS);
    return () => window.clearInterval(id);
  }, [playing, goTo]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.defaultPrevented) return; // the slider already moved on its own arrow keys
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      goTo(index + (e.key === 'ArrowRight' ? 1 : -1));
    } else if (e.key === ' ' || e.key === 'Spacebar') {
      e.preventDefault();
      setPlaying((p) => !p);
    }
  };

  const hourText = useCallback((h: number) => t('site3d.hour', { h }), [t]);
  const kw = (v: number) => `${formatNumber(v, locale, Math.abs(v) < 10 ? 1 : 0)}\u00a0kW`;
  const socText = storageSocPct === undefined ? '—' : `${formatNumber(storageSocPct, locale, 0)}\u00a0%`;
  const letters = { n: t('site3d.compass.n'), e: t('site3d.compass.e'), s: t('site3d.compass.s'), w: t('site3d.compass.w') };
  const sunText =
    sun.elevationDeg > 0
      ? t('site3d.sun', { az: formatNumber(sun.azimuthDeg, locale, 0), el: formatNumber(sun.elevationDeg, locale, 0) })
      : t('site3d.night', { el: formatNumber(sun.elevationDeg, locale, 0) });
  const storageReadout = storageKw > 0.05 ? 'storageCharge' : storageKw < -0.05 ? 'storageDischarge' : 'storageIdle';
  const evReadout = evKw > 0.05 ? 'evCharge' : evKw < -0.05 ? 'evV2g' : 'evIdle';
  const lift = (n: { xM: number; yM: number; zM: number } | undefined, dz: number) => (n ? planToThree(n.xM, n.yM, n.zM + dz) : undefined);
  const storageAt = lift(layout.nodes.storage, 1.2);
  const gridAt = lift(layout.nodes.grid, 1);
  const carsAt = lift(layout.nodes.cars, 1.5);
  const labelM = Math.max(1.5, layout.bounds.radiusM * 0.065);

  return (
    <Paper withBorder p="sm" radius="sm" ref={rootRef} tabIndex={0} onKeyDown={onKeyDown} data-testid="site3d" aria-label={t('site3d.title')} style={{ outline: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('site3d.title')}</Text>
          <Text size="sm" c="dimmed" data-testid="site3d-sun">
            {sunText}
          </Text>
        </Group>
        {/* Dragging in the 3D view keeps the keyboard on the view (the canvas itself takes no focus). */}
        <Box pos="relative" h={height} style={{ borderRadius: 4, overflow: 'hidden' }} onPointerDown={() => rootRef.current?.focus({ preventScroll: true })}>
          <Canvas frameloop="demand" shadows dpr={[1, 2]} camera={{ fov: 48 }} gl={{ antialias: true }} fallback={<Text p="md">{t('site3d.noWebgl')}</Text>} data-testid="site3d-canvas">
            <CameraRig layout={layout} />
            <SunAndSky layout={layout} sun={sun} path={path} hourText={hourText} />
            <SiteObjects layout={layout} socPct={storageSocPct} />
            <FlowArrows layout={layout} edgeKw={edgeKw} scaleKw={scaleKw} playing={playing} formatKw={kw} />
            <Compass3d layout={layout} letters={letters} />
            {storageAt && layout.storage && <Label3d text={t('site3d.storageLabel', { name: layout.storage.name, soc: storageSocPct === undefined ? '—' : formatNumber(storageSocPct, locale, 0) })} position={storageAt} heightM={labelM} />}
            {gridAt && <Label3d text={t('site3d.gridLabel')} position={gridAt} heightM={labelM} />}
            {carsAt && layout.carPark && <Label3d text={t('site3d.carParkLabel', { count: layout.carPark.bays.length })} position={carsAt} heightM={labelM} />}
            <FrameProbe target={rootRef} timeUtcMs={timeUtcMs} />
          </Canvas>
          <Paper withBorder shadow="xs" p={6} pos="absolute" left={8} bottom={8} maw={330} style={{ opacity: 0.93 }} data-testid="site3d-legend">
            <Text size="xs" fw={600}>
              {t('site3d.legend.title')}
            </Text>
            {(['pv', 'storage', 'cars', 'grid'] as const).map((k) => (
              <Group key={k} gap={6} wrap="nowrap">
                <span style={{ display: 'inline-block', width: 18, height: 5, borderRadius: 2, background: SOURCE_COLOURS[k] }} />
                <Text size="xs">{t(`site3d.legend.from${k === 'pv' ? 'Pv' : k === 'storage' ? 'Storage' : k === 'cars' ? 'Cars' : 'Grid'}`)}</Text>
              </Group>
            ))}
            <Group gap={6} wrap="nowrap">
              <span style={{ display: 'inline-block', width: 18, height: 2, background: '#f08c00' }} />
              <Text size="xs">{t('site3d.legend.sunPath')}</Text>
            </Group>
            <Text size="xs" c="dimmed" mt={2} style={{ lineHeight: 1.25 }}>
              {t('site3d.legend.note')}
            </Text>
          </Paper>
        </Box>
        <TimeScrubber dayStartUtcMs={dayStartUtcMs} timeUtcMs={timeUtcMs} stepMinutes={stepMinutes} steps={steps} index={index} playing={playing} onIndex={goTo} onTogglePlay={() => setPlaying((p) => !p)} />
        <SimpleGrid cols={{ base: 3, md: 6 }} spacing="xs" data-testid="site3d-flows">
          <Stat label={t('site3d.readout.pv')} value={kw(pvKw)} testId="site3d-flow-pv" />
          <Stat label={t('site3d.readout.load')} value={kw(loadKw)} testId="site3d-flow-load" />
          {/* Battery and vehicles are listed when the site has them (or when a flow says otherwise). */}
          {(model.storage || storageKw !== 0) && <Stat label={t(`site3d.readout.${storageReadout}`)} value={kw(Math.abs(storageKw))} testId="site3d-flow-storage" />}
          {model.storage && <Stat label={t('site3d.readout.soc')} value={socText} testId="site3d-flow-soc" />}
          {(model.carPark || evKw !== 0) && <Stat label={t(`site3d.readout.${evReadout}`)} value={kw(Math.abs(evKw))} testId="site3d-flow-ev" />}
          <Stat label={t(gridKw >= 0 ? 'site3d.readout.gridImport' : 'site3d.readout.gridExport')} value={kw(Math.abs(gridKw))} testId="site3d-flow-grid" />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('site3d.keyboardHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
