/** "Autoconsommation collective" workspace: operations, participants, perimeter, key, results, DSO key export. */
import { Alert, Badge, Button, Card, Group, Loader, SegmentedControl, Select, SimpleGrid, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AccOperationDoc, AccRunView } from '../../../models/api/territoryContract';
import { formatNumber } from '../../../models/core/numberFormat';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { ChartFrame } from '../microgrid/charts/ChartFrame';
import { monthNames } from '../microgrid/charts/format';
import { AXIS_TICK, GRID_STROKE } from '../microgrid/charts/palette';
import { useNotify } from '../state/Notices';
import { ParticipantModal, type ParticipantDraft } from './acc/ParticipantModal';
import { TerritoryFrame } from './shared/TerritoryFrame';
import { useTerritoryDoc, type TerritoryDocApi } from './shared/useTerritoryDoc';
import { DataTable } from './shared/DataTable';
import { EditableTable, without } from './shared/EditableTable';
import { Kpi } from './shared/Kpi';
import { SitesMap } from './SitesMap';

type Key = AccOperationDoc['key'];

function newParticipant(role: 'producer' | 'consumer', near: { latDeg: number; lonDeg: number }): ParticipantDraft {
  return role === 'producer'
    ? { prm: '', name: '', role, latDeg: near.latDeg, lonDeg: near.lonDeg, curve: { kind: 'pv', kWp: 36, tiltDeg: 30, azimuthDeg: 180, mounting: 'roof-mounted', lossesPct: 14 } }
    : { prm: '', name: '', role, latDeg: near.latDeg, lonDeg: near.lonDeg, curve: { kind: 'synthetic', building: 'office', annualKwh: 30_000, heatingShare: 0 } };
}

const OPERATIONS: TerritoryDocApi<AccOperationDoc> = {
  kind: 'acc-operation',
  texts: 'terr.acc',
  templates: ['blank', 'malaunay'],
  testPrefix: 'operation',
  create: (name, template) => call('acc.create', { name, template: template as 'blank' | 'malaunay' }),
  get: (id) => call('acc.get', { id }),
  update: (id, data) => call('acc.update', { id, data }),
};

export function AccPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const fmt = (v: number, d = 0) => formatNumber(v, locale, d, d);
  const pct = (v: number | null) => (v === null ? '—' : `${fmt(v * 100, 1)} %`);
  const notify = useNotify();
  const state = useTerritoryDoc(OPERATIONS);
  const { doc, setDoc, save, saveOrNotify } = state;
  const [tab, setTab] = useState<string | null>('results');
  const [editing, setEditing] = useState<number | null>(null);
  const [draftNew, setDraftNew] = useState<ParticipantDraft | null>(null);
  const [run, setRun] = useState<AccRunView | null>(null);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  // Every saved change recomputes (curves are cached on the Node side; only the allocation reruns).
  const docId = doc?.id;
  const docStamp = doc ? JSON.stringify([doc.updatedAt, doc.data.key, doc.data.dateIso, doc.data.derogation, doc.data.participants.length]) : '';
  useEffect(() => {
    if (!docId) return setRun(null);
    let live = true;
    setRunning(true);
    setFailure(null);
    call('acc.run', { id: docId })
      .then((r) => live && setRun(r))
      .catch((error: unknown) => {
        if (!live) return;
        setRun(null);
        setFailure(errorText(t, error));
      })
      .finally(() => live && setRunning(false));
    return () => {
      live = false;
    };
  }, [docId, docStamp, t]);

  const data = doc?.data;
  const participants = data?.participants ?? [];
  const exportKeys = async () => {
    if (!doc) return;
    try {
      const r = await call('acc.exportKeys', { id: doc.id });
      notify(t('terr.acc.exported', { path: r.path }), 'success');
    } catch (error) {
      notify(errorText(t, error), 'error');
    }
  };
  const centre = participants.length ? { latDeg: participants[0].latDeg, lonDeg: participants[0].lonDeg } : { latDeg: 49.53, lonDeg: 1.04 };
  const months = monthNames(locale, 'short');
  const perimeter = run?.perimeter;
  /** The model states its rule in English; the texts it cites are French titles, kept as they are. */
  const ruleText = () => {
    if (!perimeter || !data) return '';
    const texts = /\(Code de l'énergie L315-2; (.*)\)\.$/.exec(perimeter.rule)?.[1];
    if (!texts || perimeter.powerCapKw <= 0) return perimeter.rule;
    return t('terr.acc.perimeter.ruleText', {
      date: run?.dateIso ?? data.dateIso,
      zone: t(`terr.acc.perimeter.${data.zone === 'zni' ? 'zni' : 'mainland'}`),
      distance: perimeter.distanceLimitKm === null ? t('terr.acc.perimeter.epci') : t('terr.acc.perimeter.within', { km: fmt(perimeter.distanceLimitKm) }),
      capMw: fmt(perimeter.powerCapKw / 1000, 1),
      texts: texts.replace(/; /g, ' ; '),
      interpolation: { escapeValue: false },
    });
  };

  return (
    <TerritoryFrame
      state={state}
      dialogs={
        <ParticipantModal
          participant={editing !== null ? (participants[editing] ?? null) : draftNew}
          opened={editing !== null || draftNew !== null}
          onClose={() => {
            setEditing(null);
            setDraftNew(null);
          }}
          onSave={async (p) => {
            if (!data) return;
            await save({ ...data, participants: editing !== null ? participants.map((x, i) => (i === editing ? p : x)) : [...participants, p] });
          }}
          onImportCurve={
            editing !== null && doc
              ? async (text, file) => {
                  setDoc(await call('acc.importCurve', { id: doc.id, prm: participants[editing].prm, text, file }));
                }
              : undefined
          }
        />
      }
    >
      {(doc) => {
        const data = doc.data;
        return (
          <>
            <Card withBorder padding="sm">
              <Group align="flex-end" gap="md" wrap="wrap">
                <div>
                  <Text size="sm" fw={500} mb={4}>
                    {t('terr.acc.keyTitle')}
                  </Text>
                  <SegmentedControl
                    value={data.key}
                    onChange={(v) => saveOrNotify({ ...data, key: v as Key })}
                    data={(['static', 'default', 'priority'] as const).map((k) => ({ value: k, label: t(`terr.acc.keys.${k}`) }))}
                    data-testid="acc-key"
                  />
                </div>
                <TextInput label={t('terr.acc.date')} defaultValue={data.dateIso} key={`${doc.id}-${data.dateIso}`} onBlur={(e) => e.currentTarget.value !== data.dateIso && saveOrNotify({ ...data, dateIso: e.currentTarget.value.trim() })} w={200} data-testid="acc-date" />
                <Select
                  label={t('terr.acc.derogation')}
                  value={data.derogation}
                  data={(['none', 'periurban', 'rural', 'epci-public'] as const).map((d) => ({ value: d, label: t(`terr.acc.derogations.${d}`) }))}
                  onChange={(v) => v && saveOrNotify({ ...data, derogation: v as AccOperationDoc['derogation'] })}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                  w={260}
                />
                <Button onClick={() => void exportKeys()} disabled={!run} data-testid="export-keys">
                  {t('terr.acc.exportKeys')}
                </Button>
                {running && <Loader size="sm" />}
              </Group>
              <Text size="xs" c="dimmed" mt={6} data-testid="acc-key-help">
                {t(`terr.acc.keyHelp.${data.key}`)}
              </Text>
            </Card>
            {failure && <Alert color="red">{failure}</Alert>}
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="results" data-testid="tab-acc-results">
                  {t('terr.acc.tabs.results')}
                </Tabs.Tab>
                <Tabs.Tab value="participants" data-testid="tab-acc-participants">
                  {t('terr.acc.tabs.participants')} ({participants.length})
                </Tabs.Tab>
                <Tabs.Tab value="perimeter" data-testid="tab-acc-perimeter">
                  {t('terr.acc.tabs.perimeter')}
                </Tabs.Tab>
              </Tabs.List>

              <Tabs.Panel value="participants" pt="sm">
                <Stack gap="sm">
                  <Group>
                    <Button size="xs" variant="default" onClick={() => setDraftNew(newParticipant('producer', centre))} data-testid="add-producer">
                      + {t('terr.acc.addProducer')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setDraftNew(newParticipant('consumer', centre))} data-testid="add-consumer">
                      + {t('terr.acc.addConsumer')}
                    </Button>
                  </Group>
                  <EditableTable
                    items={participants}
                    rowKey={(p) => p.prm}
                    columns={(['name', 'role', 'prm', 'lat', 'lon', 'curve', 'key'] as const).map((c) => t(`terr.acc.col.${c}`))}
                    cells={(p) => [
                      p.name,
                      <Badge variant="light" color={p.role === 'producer' ? 'yellow' : 'blue'}>
                        {t(`terr.acc.role.${p.role}`)}
                      </Badge>,
                      p.prm,
                      fmt(p.latDeg, 4),
                      fmt(p.lonDeg, 4),
                      p.curve.kind === 'pv'
                        ? `${t('terr.acc.curve.pv')} ${fmt(p.curve.kWp, 0)} kWc, ${fmt(p.curve.tiltDeg)}°/${fmt(p.curve.azimuthDeg)}°`
                        : p.curve.kind === 'synthetic'
                          ? `${t(`terr.acc.buildings.${p.curve.building}`)}, ${fmt(p.curve.annualKwh)} kWh/an`
                          : t('terr.acc.curve.imported_from', { file: p.curve.file || '—' }),
                      p.role === 'consumer' ? [p.share !== undefined ? `${fmt(p.share * 100, 2)} %` : '', p.priority !== undefined ? `P${p.priority}` : ''].filter(Boolean).join(' · ') || '—' : '',
                    ]}
                    editLabel="✎"
                    editTestId="edit-participant"
                    onEdit={setEditing}
                    onRemove={(i) => saveOrNotify({ ...data, participants: without(participants, i) })}
                    testId="participants-table"
                  />
                </Stack>
              </Tabs.Panel>

              <Tabs.Panel value="perimeter" pt="sm">
                <Card withBorder padding="sm" data-testid="acc-perimeter">
                  <Group justify="space-between" mb="xs">
                    <Title order={5}>{t('terr.acc.perimeter.title')}</Title>
                    {perimeter && (
                      <Badge color={perimeter.eligible ? 'teal' : 'red'} size="lg" data-testid="perimeter-badge">
                        {perimeter.eligible ? t('terr.acc.perimeter.eligible') : t('terr.acc.perimeter.notEligible')}
                      </Badge>
                    )}
                  </Group>
                  <SitesMap
                    points={participants.map((p) => ({ id: p.prm, name: p.name || p.prm, latDeg: p.latDeg, lonDeg: p.lonDeg, color: p.role === 'producer' ? '#f59f00' : '#1971c2', ring: p.role === 'producer' }))}
                    circleKm={perimeter?.distanceLimitKm ? perimeter.distanceLimitKm / 2 : null}
                    height={420}
                    testId="acc-map"
                  />
                  {perimeter && (
                    <Stack gap={4} mt="xs">
                      <Text size="sm">
                        {t('terr.acc.perimeter.distance', {
                          km: fmt(perimeter.maxDistanceKm, 3),
                          limit: perimeter.distanceLimitKm === null ? t('terr.acc.perimeter.noLimit') : `${fmt(perimeter.distanceLimitKm)} km`,
                        })}
                      </Text>
                      <Text size="sm">{t('terr.acc.perimeter.power', { kw: fmt(perimeter.totalPeakKw), cap: fmt(perimeter.powerCapKw) })}</Text>
                      <Text size="sm" data-testid="perimeter-rule">
                        <b>{t('terr.acc.perimeter.rule')} : </b>
                        {ruleText()}
                      </Text>
                      {perimeter.problems.map((p) => (
                        <Text key={p} size="sm" c="red">
                          {p}
                        </Text>
                      ))}
                      <Text size="xs" c="dimmed">
                        {t('terr.acc.perimeter.circle')}
                      </Text>
                    </Stack>
                  )}
                </Card>
              </Tabs.Panel>

              <Tabs.Panel value="results" pt="sm">
                {!run ? (
                  running ? <Loader /> : null
                ) : (
                  <Stack gap="md" data-testid="acc-results">
                    <SimpleGrid cols={{ base: 2, md: 4 }}>
                      {[
                        [t('terr.acc.results.produced'), `${fmt(run.operation.producedKwh / 1000, 1)} MWh`, 'acc-produced'],
                        [t('terr.acc.results.consumed'), `${fmt(run.operation.consumedKwh / 1000, 1)} MWh`, 'acc-consumed'],
                        [t('terr.acc.results.selfConsumed'), `${fmt(run.operation.selfConsumedKwh / 1000, 1)} MWh`, 'acc-selfconsumed'],
                        [t('terr.acc.results.surplus'), `${fmt(run.operation.surplusKwh / 1000, 1)} MWh`, 'acc-surplus'],
                        [t('terr.acc.results.scRate'), pct(run.operation.selfConsumptionRate), 'acc-sc-rate'],
                        [t('terr.acc.results.spRate'), pct(run.operation.selfProductionRate), 'acc-sp-rate'],
                        [t('terr.acc.results.saving'), `${fmt(run.totalSavingEur)} EUR`, 'acc-saving'],
                        [t('terr.acc.results.revenue'), `${fmt(run.producersRevenueEur)} EUR`, 'acc-revenue'],
                      ].map(([label, value, id]) => (
                        <Kpi key={id} label={label} value={value} testId={id} />
                      ))}
                    </SimpleGrid>
                    <ChartFrame title={t('terr.acc.results.monthly')} subtitle={t('terr.acc.results.monthlySub')} fileName="acc-bilan-mensuel" testId="acc-monthly">
                      <div style={{ width: '100%', height: 260 }}>
                        <ResponsiveContainer>
                          <BarChart data={months.map((m, i) => ({ m, produced: run.monthly.producedKwh[i], self: run.monthly.selfConsumedKwh[i], consumed: run.monthly.consumedKwh[i] }))} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
                            <CartesianGrid stroke={GRID_STROKE} vertical={false} />
                            <XAxis dataKey="m" tick={AXIS_TICK} />
                            <YAxis tick={AXIS_TICK} width={72} tickFormatter={(v: number) => formatNumber(v, locale, 0)} />
                            <Tooltip formatter={(v, name) => [`${fmt(Number(v))} kWh`, String(name)]} />
                            <Legend wrapperStyle={{ fontSize: 12 }} />
                            <Bar dataKey="produced" name={t('terr.acc.results.produced')} fill="#f59f00" isAnimationActive={false} />
                            <Bar dataKey="self" name={t('terr.acc.results.selfConsumed')} fill="#2f9e44" isAnimationActive={false} />
                            <Bar dataKey="consumed" name={t('terr.acc.results.consumed')} fill="#495057" isAnimationActive={false} />
                          </BarChart>
                        </ResponsiveContainer>
                      </div>
                    </ChartFrame>
                    <Card withBorder padding="sm">
                      <Title order={5} mb="xs">
                        {t('terr.acc.results.perParticipant')}
                      </Title>
                      <DataTable
                        striped
                        withTableBorder
                        fz="xs"
                        data-testid="acc-participants-results"
                        columns={[
                          t('terr.acc.col.name'),
                          t('terr.acc.col.role'),
                          `${t('terr.acc.results.produced')} (kWh)`,
                          `${t('terr.acc.results.consumed')} (kWh)`,
                          `${t('terr.acc.results.selfConsumed')} (kWh)`,
                          `${t('terr.acc.results.surplus')} (kWh)`,
                          t('terr.acc.results.scRate'),
                          t('terr.acc.results.spRate'),
                          t('terr.acc.results.before'),
                          t('terr.acc.results.after'),
                          t('terr.acc.results.savingCol'),
                        ]}
                        rows={run.participants}
                        rowKey={(p) => p.prm}
                        cells={(p) => [
                          p.name || p.prm,
                          t(`terr.acc.role.${p.role}`),
                          p.role === 'producer' ? fmt(p.producedKwh) : '',
                          p.role === 'consumer' ? fmt(p.consumedKwh) : '',
                          fmt(p.selfConsumedKwh),
                          p.role === 'producer' ? fmt(p.surplusKwh) : '',
                          pct(p.selfConsumptionRate),
                          pct(p.selfProductionRate),
                          p.bill ? fmt(p.bill.beforeEur) : '',
                          p.bill ? fmt(p.bill.afterEur) : '',
                          p.bill ? fmt(p.bill.savingEur) : '',
                        ]}
                      />
                      <Text size="xs" c="dimmed" mt={4}>
                        {t('terr.common.computedIn', { ms: fmt(run.computeMs) })}
                      </Text>
                    </Card>
                  </Stack>
                )}
              </Tabs.Panel>
            </Tabs>
          </>
        );
      }}
    </TerritoryFrame>
  );
}
