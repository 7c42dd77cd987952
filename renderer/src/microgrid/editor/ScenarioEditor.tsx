import { Accordion, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../state/Notices';
import { ImportButton, ImportedLoadSummary, ImportSeriesDialog, useImportedList, type ImportedItem } from '../imports';
import { getAt, setAt } from './docPath';
import { horizonToText, parseHorizonText, type HorizonProfileText } from './horizonText';
import { NumberField, SelectField, TextField } from './fields';
import { validationText } from '../../i18n/errorText';

type Doc = Record<string, unknown>;

export interface ScenarioEditorProps {
  readonly doc: Doc;
  /** Field path (without the `data.` prefix) → message, from the last save. */
  readonly errors: Record<string, string>;
  /** Saves the whole document; the API validates it with the shared schema. */
  onChange(next: Doc): void;
  /** The stored scenario, for imports placed on its year and step. */
  readonly scenarioId?: string;
}

const STEPS = [1, 5, 10, 15, 30, 60];

/** Defaults for new list items: what a professional would start from (documented in the schema). */
const NEW_ARRAY = { name: 'Champ PV', kWp: 36, tiltDeg: 20, azimuthDeg: 180, mounting: 'roof-mounted' };
const NEW_PACK = { name: 'ZOE seconde vie', count: 10, nominalKwh: 20, stateOfHealth: 0.8, maxChargeKw: 5, maxDischargeKw: 5, roundTripEfficiency: 0.9 };
const NEW_VEHICLE = {
  id: 'vehicule',
  group: 'visiteurs',
  count: 2,
  batteryKwh: 52,
  consumptionKwhPer100km: 17,
  acChargerKw: 7.4,
  v2gKw: 0,
  sessions: {
    kind: 'generator',
    seed: 7,
    weekday: { probability: 0.8, arrivalHourMean: 18, arrivalHourSd: 2, dwellHoursMean: 12, dwellHoursSd: 2, distanceKmMean: 40, distanceKmSd: 15 },
    weekend: { probability: 0.6, arrivalHourMean: 15, arrivalHourSd: 3, dwellHoursMean: 18, dwellHoursSd: 4, distanceKmMean: 60, distanceKmSd: 25 },
  },
};
const NEW_LOAD = { kind: 'office', annualKwh: 50_000 };

/** Memoised: progress events of a run re-render the page many times a second, never this form. */
export const ScenarioEditor = memo(function ScenarioEditor({ doc, errors, onChange, scenarioId }: ScenarioEditorProps) {
  const { t, i18n } = useTranslation();
  const [horizonError, setHorizonError] = useState<string | null>(null);
  const importedWeather = useImportedList('weather');
  const importedPrices = useImportedList('price');
  const importedCo2 = useImportedList('co2');
  const notify = useNotify();
  /** The price or CO2 import dialog, when open. */
  const [importing, setImporting] = useState<'price' | 'co2' | null>(null);
  const set = (path: string, value: unknown) => onChange(setAt(doc, path, value));
  // Errors arrive as the schema's sentences; a field shown in % gets its bounds in % too.
  const msg = (path: string, scale?: number) => (errors[path] ? validationText(t, errors[path], { scale }) : undefined);
  const num = (path: string, label: string, unit?: string, extra: { scale?: number; digits?: number; optional?: boolean; plain?: boolean } = {}) => (
    <NumberField
      key={path}
      label={label}
      unit={unit}
      value={getAt(doc, path) as number | undefined}
      scale={extra.scale}
      digits={extra.digits}
      plain={extra.plain}
      error={msg(path, extra.scale)}
      testId={`f-${path}`}
      onCommit={(v) => set(path, v === null ? (extra.optional ? null : undefined) : v)}
    />
  );
  const select = (path: string, label: string, options: Array<{ value: string; label: string }>, onPick?: (v: string) => void) => (
    <SelectField key={path} label={label} value={String(getAt(doc, path) ?? '')} options={options} error={msg(path)} testId={`f-${path}`} onCommit={(v) => (onPick ? onPick(v) : set(path, v))} />
  );
  const list = (path: string) => (getAt(doc, path) as unknown[] | undefined) ?? [];
  const removeAt = (path: string, index: number) => set(path, list(path).filter((_, i) => i !== index));
  const item = (title: string, onRemove: () => void, children: ReactNode, testId: string) => (
    <Card withBorder padding="sm" key={testId} data-testid={testId}>
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Button size="compact-xs" variant="subtle" color="red" onClick={onRemove}>
          {t('mg.f.remove')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {children}
      </SimpleGrid>
    </Card>
  );
  const opts = (prefix: string, keys: readonly string[]) => keys.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }));

  const tariff = (getAt(doc, 'grid.tariff.kind') as string) ?? 'flat';
  const co2Kind = (getAt(doc, 'grid.co2.kind') as string) ?? 'constant';
  /** Select of the project's imported series of a kind, the current reference kept visible even when it is gone. */
  const seriesSelect = (path: string, label: string, items: ImportedItem[], testId: string) => {
    const current = String(getAt(doc, path) ?? '');
    const options = items.map((i) => ({ value: i.id, label: i.name }));
    if (current && !items.some((i) => i.id === current)) options.push({ value: current, label: t('io.missingSeries') });
    return <SelectField key={path} label={label} value={current} options={options} error={msg(path)} testId={testId} onCommit={(v) => set(path, v)} />;
  };
  const importSeriesButton = (kind: 'price' | 'co2') =>
    scenarioId ? (
      <Button key={`import-${kind}`} variant="light" size="xs" mt={24} onClick={() => setImporting(kind)} data-testid={`import-${kind}`}>
        {t('io.importSeries')}
      </Button>
    ) : null;
  const imported = (kind: 'price' | 'co2', series: ImportedItem) => {
    setImporting(null);
    notify(t('io.imported', { name: series.name }), 'success');
    if (kind === 'price') {
      importedPrices.reload();
      set('grid.tariff', { kind: 'imported', referenceId: series.id });
    } else {
      importedCo2.reload();
      set('grid.co2', { kind: 'imported', referenceId: series.id });
    }
  };
  const strategy = (getAt(doc, 'dispatch.kind') as string) ?? 'self-consumption';
  const loadsSource = getAt(doc, 'loads.source');

  return (
    <Accordion multiple defaultValue={['site', 'pv', 'storage', 'vehicles', 'loads', 'grid', 'dispatch']} variant="separated" data-testid="scenario-editor">
      <Accordion.Item value="site">
        <Accordion.Control>{t('mg.sections.site')}</Accordion.Control>
        <Accordion.Panel>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <TextField label={t('mg.f.name')} value={getAt(doc, 'name') as string} error={msg('name')} onCommit={(v) => set('name', v)} testId="f-name" />
            {num('period.year', t('mg.f.year'), undefined, { digits: 0, plain: true })}
            {select(
              'period.stepMinutes',
              t('mg.f.step'),
              STEPS.map((n) => ({ value: String(n), label: t('mg.f.minutes', { n }) })),
              (v) => set('period.stepMinutes', Number(v)),
            )}
            <SelectField
              label={t('mg.f.weather')}
              value={getAt(doc, 'weather.source') === 'imported' ? `imported:${String(getAt(doc, 'weather.referenceId'))}` : 'synthetic'}
              options={[
                { value: 'synthetic', label: t('mg.f.weatherSynthetic') },
                ...importedWeather.items.map((w) => ({ value: `imported:${w.id}`, label: t('io.weatherSelect', { name: w.name }) })),
                ...(getAt(doc, 'weather.source') === 'imported' && !importedWeather.items.some((w) => w.id === getAt(doc, 'weather.referenceId'))
                  ? [{ value: `imported:${String(getAt(doc, 'weather.referenceId'))}`, label: t('mg.f.weatherImported') }]
                  : []),
              ]}
              error={msg('weather.source') ?? msg('weather.referenceId')}
              testId="f-weather.source"
              onCommit={(v) => set('weather', v === 'synthetic' ? { source: 'synthetic', seed: 1 } : { source: 'imported', referenceId: v.slice('imported:'.length) })}
            />
            <div style={{ gridColumn: 'span 2' }}>
              <TextField
                label={t('mg.f.farHorizon')}
                description={t('mg.f.farHorizonHint')}
                value={horizonToText(getAt(doc, 'site.horizon') as HorizonProfileText | undefined, i18n.language === 'en' ? 'en' : 'fr')}
                error={horizonError ?? msg('site.horizon.azimuthsDeg') ?? msg('site.horizon.elevationsDeg') ?? msg('site.horizon')}
                testId="f-site.horizon"
                onCommit={(v) => {
                  const h = parseHorizonText(v);
                  if (h && 'error' in h) return setHorizonError(t('mg.f.farHorizonBad', { pair: h.error }));
                  setHorizonError(null);
                  set('site.horizon', h ?? undefined);
                }}
              />
            </div>
          </SimpleGrid>
          <Group mt="xs">
            <ImportButton kind="weather" scenarioId={scenarioId} onImported={(w) => {
                importedWeather.reload();
                set('weather', { source: 'imported', referenceId: w.id });
              }} />
          </Group>
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="pv">
        <Accordion.Control>{t('mg.sections.pv')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            {list('pvArrays').map((_, i) =>
              item(
                String(getAt(doc, `pvArrays.${i}.name`) ?? `PV ${i + 1}`),
                () => removeAt('pvArrays', i),
                <>
                  {num(`pvArrays.${i}.kWp`, t('mg.f.kWp'), 'kWc')}
                  {num(`pvArrays.${i}.tiltDeg`, t('mg.f.tilt'), '°', { digits: 0 })}
                  {num(`pvArrays.${i}.azimuthDeg`, t('mg.f.azimuth'), '°', { digits: 0 })}
                  {select(`pvArrays.${i}.mounting`, t('mg.f.mounting'), opts('mg.f.mountings', ['open-rack', 'roof-mounted', 'building-integrated']))}
                  {num(`pvArrays.${i}.dcAcRatio`, t('mg.f.dcAc'))}
                  {num(`pvArrays.${i}.inverterEfficiencyPct`, t('mg.f.inverterEff'), '%', { digits: 1 })}
                  {num(`pvArrays.${i}.lossesPct`, t('mg.f.losses'), '%', { digits: 2, optional: false })}
                </>,
                `pv-array-${i}`,
              ),
            )}
            <Button variant="light" size="xs" onClick={() => set('pvArrays', [...list('pvArrays'), NEW_ARRAY])} data-testid="add-pv">
              + {t('mg.f.addArray')}
            </Button>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="storage">
        <Accordion.Control>{t('mg.sections.storage')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            {list('storage.containers').map((_, c) => (
              <Card withBorder padding="sm" key={c} data-testid={`container-${c}`}>
                <Group justify="space-between" mb="xs">
                  <Text fw={600} size="sm">
                    {t('mg.f.container')} {String(getAt(doc, `storage.containers.${c}.name`) ?? c + 1)}
                  </Text>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => removeAt('storage.containers', c)}>
                    {t('mg.f.remove')}
                  </Button>
                </Group>
                <Stack gap="xs">
                  {list(`storage.containers.${c}.packs`).map((_, p) => (
                    <SimpleGrid key={p} cols={{ base: 2, md: 4 }} spacing="sm" data-testid={`pack-${c}-${p}`}>
                      {num(`storage.containers.${c}.packs.${p}.count`, t('mg.f.count'), undefined, { digits: 0 })}
                      {num(`storage.containers.${c}.packs.${p}.nominalKwh`, t('mg.f.nominalKwh'), 'kWh')}
                      {num(`storage.containers.${c}.packs.${p}.stateOfHealth`, t('mg.f.soh'), '%', { scale: 100, digits: 0 })}
                      {num(`storage.containers.${c}.packs.${p}.roundTripEfficiency`, t('mg.f.rte'), '%', { scale: 100, digits: 0 })}
                      {num(`storage.containers.${c}.packs.${p}.maxChargeKw`, t('mg.f.maxChargeKw'), 'kW')}
                      {num(`storage.containers.${c}.packs.${p}.maxDischargeKw`, t('mg.f.maxDischargeKw'), 'kW')}
                      {num(`storage.containers.${c}.packs.${p}.socMin`, t('mg.f.socMin'), '%', { scale: 100, digits: 0 })}
                      {num(`storage.containers.${c}.packs.${p}.socMax`, t('mg.f.socMax'), '%', { scale: 100, digits: 0 })}
                    </SimpleGrid>
                  ))}
                </Stack>
              </Card>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => set('storage.containers', [...list('storage.containers'), { name: `C${list('storage.containers').length + 1}`, packs: [NEW_PACK] }])}
                data-testid="add-container"
              >
                + {t('mg.f.addContainer')}
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 2, md: 4 }}>{num('storage.endOfLifeSoh', t('mg.f.endOfLife'), '%', { scale: 100, digits: 0 })}</SimpleGrid>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="vehicles">
        <Accordion.Control>{t('mg.sections.vehicles')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 2, md: 4 }}>{select('chargingPolicy', t('mg.f.policy'), opts('mg.f.policies', ['uncontrolled', 'smart-llf', 'solar-following', 'off-peak', 'v2g']))}</SimpleGrid>
            {list('vehicles').map((_, i) =>
              item(
                `${String(getAt(doc, `vehicles.${i}.id`))} · ${String(getAt(doc, `vehicles.${i}.group`) ?? '')}`,
                () => removeAt('vehicles', i),
                <>
                  {num(`vehicles.${i}.count`, t('mg.f.count'), undefined, { digits: 0 })}
                  {num(`vehicles.${i}.batteryKwh`, t('mg.f.batteryKwh'), 'kWh')}
                  {num(`vehicles.${i}.consumptionKwhPer100km`, t('mg.f.consumption'), 'kWh/100 km')}
                  {num(`vehicles.${i}.acChargerKw`, t('mg.f.acCharger'), 'kW')}
                  {num(`vehicles.${i}.v2gKw`, t('mg.f.v2gKw'), 'kW')}
                  {num(`vehicles.${i}.v2gRoundTripEfficiency`, t('mg.f.v2gEff'), '%', { scale: 100, digits: 0 })}
                  <Text size="xs" c="dimmed" mt="lg">
                    {getAt(doc, `vehicles.${i}.sessions.kind`) === 'generator'
                      ? t('mg.f.sessionsGenerated', { seed: getAt(doc, `vehicles.${i}.sessions.seed`) })
                      : t('mg.f.sessionsList', { n: list(`vehicles.${i}.sessions.items`).length })}
                  </Text>
                </>,
                `vehicle-${i}`,
              ),
            )}
            <Button variant="light" size="xs" onClick={() => set('vehicles', [...list('vehicles'), { ...NEW_VEHICLE, id: `vehicule-${list('vehicles').length + 1}` }])} data-testid="add-vehicle">
              + {t('mg.f.addVehicle')}
            </Button>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="loads">
        <Accordion.Control>{t('mg.sections.loads')}</Accordion.Control>
        <Accordion.Panel>
          <Group mb="xs">
            <ImportButton kind="load" scenarioId={scenarioId} onImported={(l) => set('loads', { source: 'imported', referenceId: l.id })} />
          </Group>
          {loadsSource === 'imported' ? (
            <Stack gap={4} data-testid="loads-imported">
              <Text size="sm">{t('mg.f.loadsImported')}</Text>
              <ImportedLoadSummary referenceId={String(getAt(doc, 'loads.referenceId'))} period={getAt(doc, 'period') as { year?: unknown; stepMinutes?: unknown }} />
            </Stack>
          ) : (
            <Stack gap="sm">
              {list('loads.components').map((_, i) =>
                item(
                  t(`mg.f.loadKinds.${String(getAt(doc, `loads.components.${i}.kind`))}`),
                  () => removeAt('loads.components', i),
                  <>
                    {select(`loads.components.${i}.kind`, t('mg.f.loadKind'), opts('mg.f.loadKinds', ['housing', 'office', 'school', 'gymnasium', 'holidayVillage', 'waterHeaterOffPeak']))}
                    {num(`loads.components.${i}.annualKwh`, t('mg.f.annualKwh'), 'kWh/an', { digits: 0 })}
                    {num(`loads.components.${i}.heating.annualShare`, t('mg.f.heatingShare'), '%', { scale: 100, digits: 0 })}
                  </>,
                  `load-${i}`,
                ),
              )}
              <Button variant="light" size="xs" onClick={() => set('loads.components', [...list('loads.components'), NEW_LOAD])} data-testid="add-load">
                + {t('mg.f.addLoad')}
              </Button>
            </Stack>
          )}
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="grid">
        <Accordion.Control>{t('mg.sections.grid')}</Accordion.Control>
        <Accordion.Panel>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            {select('grid.mode', t('mg.f.gridMode'), opts('mg.f.gridModes', ['connected', 'islanded']))}
            {num('grid.importLimitKw', t('mg.f.importLimit'), 'kW', { optional: true })}
            {num('grid.exportLimitKw', t('mg.f.exportLimit'), 'kW', { optional: true })}
            {select('grid.tariff.kind', t('mg.f.tariffKind'), opts('mg.f.tariffKinds', ['flat', 'peak-offpeak', 'tempo', 'imported']), (v) => {
              if (v === 'imported') {
                // Without a price series in the project, the import dialog opens; the tariff changes once one is imported.
                if (importedPrices.items.length === 0) return setImporting('price');
                return set('grid.tariff', { kind: 'imported', referenceId: importedPrices.items[importedPrices.items.length - 1].id });
              }
              set(
                'grid.tariff',
                v === 'flat' ? { kind: 'flat', eurPerKwh: 0.2516 } : v === 'tempo' ? { kind: 'tempo' } : { kind: 'peak-offpeak', peakEurPerKwh: 0.27, offPeakEurPerKwh: 0.2068, offPeakRanges: ['22:00-06:00'] },
              );
            })}
            {tariff === 'flat' ? num('grid.tariff.eurPerKwh', t('mg.f.price'), '€/kWh', { digits: 4 }) : null}
            {tariff === 'peak-offpeak' ? num('grid.tariff.peakEurPerKwh', t('mg.f.peakPrice'), '€/kWh', { digits: 4 }) : null}
            {tariff === 'peak-offpeak' ? num('grid.tariff.offPeakEurPerKwh', t('mg.f.offPeakPrice'), '€/kWh', { digits: 4 }) : null}
            {tariff === 'imported' ? seriesSelect('grid.tariff.referenceId', t('mg.f.priceSeries'), importedPrices.items, 'f-grid.tariff.referenceId') : null}
            {tariff === 'imported' ? importSeriesButton('price') : null}
            {num('grid.surplusPriceEurPerKwh', t('mg.f.surplusPrice'), '€/kWh', { digits: 4 })}
            {select('grid.co2.kind', t('mg.f.co2Kind'), opts('mg.f.co2Kinds', co2Kind === 'monthly' ? ['constant', 'monthly', 'imported'] : ['constant', 'imported']), (v) => {
              if (v === 'imported') {
                if (importedCo2.items.length === 0) return setImporting('co2');
                return set('grid.co2', { kind: 'imported', referenceId: importedCo2.items[importedCo2.items.length - 1].id });
              }
              if (v === 'constant') set('grid.co2', { kind: 'constant', kgPerKwh: 0.052 });
            })}
            {co2Kind === 'constant' ? num('grid.co2.kgPerKwh', t('mg.f.co2'), 'kgCO₂e/kWh', { digits: 3 }) : null}
            {co2Kind === 'imported' ? seriesSelect('grid.co2.referenceId', t('mg.f.co2Series'), importedCo2.items, 'f-grid.co2.referenceId') : null}
            {co2Kind === 'imported' ? importSeriesButton('co2') : null}
          </SimpleGrid>
          {scenarioId && importing && (
            <ImportSeriesDialog kind={importing} opened scenarioId={scenarioId} onClose={() => setImporting(null)} onImported={(series) => imported(importing, series)} />
          )}
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="dispatch">
        <Accordion.Control>{t('mg.sections.dispatch')}</Accordion.Control>
        <Accordion.Panel>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            {select('dispatch.kind', t('mg.f.strategy'), opts('mg.f.strategies', ['self-consumption', 'offpeak-charging', 'peak-shaving', 'islanded-shedding', 'optimal']), (v) =>
              set(
                'dispatch',
                v === 'offpeak-charging' ? { kind: v, targetSoc: 0.9 } : v === 'peak-shaving' ? { kind: v, capKw: 36 } : v === 'islanded-shedding' ? { kind: v, reserveSoc: 0.2 } : v === 'optimal' ? { kind: v, horizonHours: 48 } : { kind: v },
              ),
            )}
            {strategy === 'offpeak-charging' ? num('dispatch.targetSoc', t('mg.f.targetSoc'), '%', { scale: 100, digits: 0 }) : null}
            {strategy === 'peak-shaving' ? num('dispatch.capKw', t('mg.f.capKw'), 'kW') : null}
            {strategy === 'islanded-shedding' ? num('dispatch.reserveSoc', t('mg.f.reserveSoc'), '%', { scale: 100, digits: 0 }) : null}
            {strategy === 'optimal' ? num('dispatch.horizonHours', t('mg.f.horizon'), 'h', { digits: 0 }) : null}
          </SimpleGrid>
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="economics">
        <Accordion.Control>{t('mg.sections.economics')}</Accordion.Control>
        <Accordion.Panel>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            {num('economics.capex.pvEurPerKwp', t('mg.f.capexPv'), '€/kWc', { digits: 0 })}
            {num('economics.capex.storageEurPerKwh', t('mg.f.capexStorage'), '€/kWh', { digits: 0 })}
            {num('economics.capex.chargerEurEach', t('mg.f.capexCharger'), '€', { digits: 0 })}
            {num('economics.opexEurPerYear', t('mg.f.opex'), '€/an', { digits: 0 })}
            {num('economics.subsidiesEur', t('mg.f.subsidies'), '€', { digits: 0 })}
            {num('economics.discountRate', t('mg.f.discount'), '%', { scale: 100, digits: 1 })}
            {num('economics.projectLifeYears', t('mg.f.life'), 'ans', { digits: 0 })}
          </SimpleGrid>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
});
