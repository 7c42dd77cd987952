/**
 * Gallery page of the web harness (development and tests only): the 3D site view with the Belle-Île
 * demo layout and a synthetic day of flows (models/site3d/demo.ts). Query parameters:
 *   date=YYYY-MM-DD (Paris day, default 2025-05-15), time=HH:MM (default 13:00), step=minutes (15), lang=fr|en,
 *   model=minimal (one building with a rooftop array, no storage, no car park: the sparse case).
 */
import '@mantine/core/styles.css';
import '../renderer/src/styles.css';
import { Alert, Container, MantineProvider, Stack, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { parisNaiveToUtcMs, parisOffsetMinutes } from '../models/calendar/parisTime';
import { demoDayFlows, demoSite3dModel } from '../models/site3d/demo';
import type { Site3dModel } from '../models/site3d/schema';
import { initI18n } from '../renderer/src/i18n';
import { registerSite3dTexts, SiteView3d } from '../renderer/src/microgrid/site3d';
import { theme } from '../renderer/src/theme';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'fr';
const [year, month, day] = (params.get('date') ?? '2025-05-15').split('-').map(Number);
const [hour, minute] = (params.get('time') ?? '13:00').split(':').map(Number);
const stepMinutes = Number(params.get('step') ?? 15) || 15;
const minimal = params.get('model') === 'minimal';

function minimalModel(): Site3dModel {
  return {
    site: { latDeg: 49.53, lonDeg: 1.04, elevationM: 60 },
    buildings: [{ id: 'mairie', name: 'Mairie', xM: 0, yM: 0, widthM: 24, depthM: 12, heightM: 9, rotationDeg: 15 }],
    pvArrays: [{ id: 'toit', name: 'Toiture', kWp: 20, tiltDeg: 20, azimuthDeg: 195, onBuildingId: 'mairie' }],
  };
}
const dayStartUtcMs = parisNaiveToUtcMs(Date.UTC(year, month - 1, day));
const initialUtcMs = parisNaiveToUtcMs(Date.UTC(year, month - 1, day, hour, minute));

function Gallery() {
  const model = useMemo(() => (minimal ? minimalModel() : demoSite3dModel()), []);
  const flowsAt = useMemo(() => demoDayFlows(model, dayStartUtcMs, stepMinutes, parisOffsetMinutes(dayStartUtcMs + 12 * 3_600_000) / 60), [model]);
  const [timeUtcMs, setTimeUtcMs] = useState(initialUtcMs);
  const isFr = lang === 'fr';
  return (
    <Container size="xl" py="md">
      <Stack gap="sm">
        <Title order={3}>{isFr ? 'Galerie — vue 3D du site' : 'Gallery — 3D site view'}</Title>
        <Alert color="gray" p="xs">
          {isFr
            ? 'Données de démonstration : implantation du village de Belle-Île et une journée de flux synthétique (ciel clair), pas un résultat de simulation.'
            : 'Demo data: the Belle-Île village layout and one synthetic clear-sky day of flows, not a simulation result.'}
        </Alert>
        <SiteView3d model={model} dayStartUtcMs={dayStartUtcMs} timeUtcMs={timeUtcMs} onTimeChange={setTimeUtcMs} flowsAt={flowsAt} stepMinutes={stepMinutes} height={520} />
      </Stack>
    </Container>
  );
}

initI18n(lang);
registerSite3dTexts();
createRoot(document.getElementById('root')!).render(
  <MantineProvider theme={theme}>
    <Gallery />
  </MantineProvider>,
);
