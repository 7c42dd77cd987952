/** "Flexibilité" workspace: portfolios of sites, their flexible assets, the study and activations. */
import { Alert, Button, Card, Group, Loader, Select, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlexStudyView, PortfolioDoc } from '../../../models/api/territoryContract';
import { formatNumber } from '../../../models/core/numberFormat';
import type { FlexSiteInput } from '../../../models/flex/schemas';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { NumberField } from '../microgrid/editor/fields';
import { useNotify } from '../state/Notices';
import { ActivationPanel } from './flex/ActivationPanel';
import { CsvImportModal } from './flex/CsvImportModal';
import { FlexStudyPanel } from './flex/FlexStudyPanel';
import { siteCells, siteColumnLabels } from './flex/siteColumns';
import { SiteModal } from './flex/SiteModal';
import { EditableTable, without } from './shared/EditableTable';
import { TerritoryFrame } from './shared/TerritoryFrame';
import { useTerritoryDoc, type TerritoryDocApi } from './shared/useTerritoryDoc';
import { SitesMap } from './SitesMap';

const NEW_SITE: FlexSiteInput = { name: 'Nouveau site', buildingType: 'school', latDeg: 49.53, lonDeg: 1.04, annualKwh: 50_000, subscribedKva: 36, prm: '', electricHeating: 'resistive' };

const PORTFOLIOS: TerritoryDocApi<PortfolioDoc> = {
  kind: 'portfolio',
  texts: 'terr.flex',
  templates: ['blank', 'demo'],
  testPrefix: 'portfolio',
  create: (name, template) => call('flex.create', { name, template: template as 'blank' | 'demo' }),
  get: (id) => call('flex.get', { id }),
  update: (id, data) => call('flex.update', { id, data }),
};

export function FlexPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const notify = useNotify();
  const state = useTerritoryDoc(PORTFOLIOS);
  const { doc, setDoc, save, saveOrNotify, reload } = state;
  const [tab, setTab] = useState<string | null>('sites');
  const [editing, setEditing] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const [study, setStudy] = useState<FlexStudyView | null>(null);
  const [studyFor, setStudyFor] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const runStudy = useCallback(async () => {
    if (!doc) return;
    setRunning(true);
    setFailure(null);
    try {
      setStudy(await call('flex.study', { id: doc.id }));
      // The study belongs to this version of the portfolio: an edit hides it until it is run again.
      setStudyFor(`${doc.id}@${doc.updatedAt}`);
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setRunning(false);
    }
  }, [doc, t]);

  const sites = doc?.data.sites ?? [];
  const settings = doc?.data.settings ?? {};
  const fmt = (v: number, d = 0) => formatNumber(v, locale, d);
  const setSetting = (patch: Record<string, number>) => doc && saveOrNotify({ ...doc.data, settings: { ...settings, ...patch } });

  return (
    <TerritoryFrame
      state={state}
      dialogs={
        <>
          <SiteModal
            site={editing === null ? null : editing < 0 ? NEW_SITE : (sites[editing] ?? null)}
            opened={editing !== null}
            onClose={() => setEditing(null)}
            onSave={async (site) => {
              if (!doc) return;
              const next = editing !== null && editing >= 0 ? sites.map((s, i) => (i === editing ? site : s)) : [...sites, site];
              await save({ ...doc.data, sites: next } as PortfolioDoc);
            }}
          />
          <CsvImportModal
            opened={importing}
            onClose={() => setImporting(false)}
            onImport={async (text, mode) => {
              if (!doc) return;
              const next = await call('flex.importCsv', { id: doc.id, text, mode });
              setDoc(next);
              await reload();
              notify(t('terr.flex.csv.done', { n: next.data.sites.length - (mode === 'append' ? sites.length : 0) }), 'success');
            }}
          />
        </>
      }
    >
      {(doc) => (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="sites" data-testid="tab-sites">
              {t('terr.flex.tabs.sites')} ({sites.length})
            </Tabs.Tab>
            <Tabs.Tab value="study" data-testid="tab-study">
              {t('terr.flex.tabs.study')}
            </Tabs.Tab>
            <Tabs.Tab value="activation" data-testid="tab-activation">
              {t('terr.flex.tabs.activation')}
            </Tabs.Tab>
          </Tabs.List>

          <Tabs.Panel value="sites" pt="sm">
            <Stack gap="sm">
              <Group>
                <Button size="xs" onClick={() => setImporting(true)} data-testid="import-csv">
                  {t('terr.flex.importCsv')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setEditing(-1)} data-testid="add-site">
                  + {t('terr.flex.addSite')}
                </Button>
              </Group>
              {sites.length === 0 ? (
                <Text c="dimmed">{t('terr.flex.noSite')}</Text>
              ) : (
                <EditableTable
                  items={sites}
                  rowKey={(s) => s.prm}
                  columns={[...siteColumnLabels(t), t('terr.flex.col.assets')]}
                  cells={(s) => [...siteCells(s, t, fmt, 4), s.assets ? t('terr.flex.custom', { n: s.assets.length }) : t('terr.flex.defaults', { type: t(`terr.flex.types.${s.buildingType}`) })]}
                  editLabel={t('terr.flex.editAssets')}
                  editTestId="edit-site"
                  onEdit={setEditing}
                  onRemove={(i) => saveOrNotify({ ...doc.data, sites: without(sites, i) })}
                  testId="sites-table"
                />
              )}
              <Card withBorder padding="sm">
                <Title order={5} mb="xs">
                  {t('terr.flex.map')}
                </Title>
                <SitesMap points={sites.map((s) => ({ id: s.prm, name: s.name, latDeg: s.latDeg, lonDeg: s.lonDeg }))} testId="sites-map" />
              </Card>
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="study" pt="sm">
            <Stack gap="sm">
              <Card withBorder padding="sm">
                <Title order={5} mb="xs">
                  {t('terr.flex.settings')}
                </Title>
                <SimpleGrid cols={{ base: 2, md: 3 }}>
                  <NumberField label={t('terr.flex.threshold')} value={settings.bidThresholdKw ?? 100} unit="kW" digits={0} onCommit={(v) => v !== null && setSetting({ bidThresholdKw: v })} testId="set-threshold" />
                  <NumberField label={t('terr.flex.confidence')} value={settings.confidence ?? 0.9} unit="%" scale={100} digits={0} onCommit={(v) => v !== null && setSetting({ confidence: v })} testId="set-confidence" />
                  <NumberField label={t('terr.flex.firmDuration')} value={settings.firmDurationH ?? 2} unit="h" digits={1} onCommit={(v) => v !== null && setSetting({ firmDurationH: v })} />
                  <NumberField label={t('terr.flex.capacityPrice')} value={settings.capacityEurPerMwYear ?? 30_000} unit={`EUR/MW/${t('terr.flex.perYear')}`} digits={0} onCommit={(v) => v !== null && setSetting({ capacityEurPerMwYear: v })} />
                  <NumberField label={t('terr.flex.energyPrice')} value={settings.energyEurPerMwh ?? 150} unit="EUR/MWh" digits={0} onCommit={(v) => v !== null && setSetting({ energyEurPerMwh: v })} />
                  <Select
                    label={t('terr.flex.step')}
                    value={String(settings.stepMinutes ?? 60)}
                    data={['15', '30', '60'].map((v) => ({ value: v, label: `${v} min` }))}
                    onChange={(v) => v && setSetting({ stepMinutes: Number(v) })}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                  />
                </SimpleGrid>
                <Group mt="sm">
                  <Button onClick={() => void runStudy()} loading={running} disabled={sites.length === 0} data-testid="run-study">
                    {study && studyFor?.startsWith(doc.id) ? t('terr.flex.rerun') : t('terr.flex.run')}
                  </Button>
                  {running && <Loader size="sm" />}
                </Group>
              </Card>
              {failure && <Alert color="red">{failure}</Alert>}
              {study && studyFor === `${doc.id}@${doc.updatedAt}` ? <FlexStudyPanel study={study} /> : <Text c="dimmed">{t('terr.flex.noStudy')}</Text>}
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="activation" pt="sm">
            <ActivationPanel portfolioId={doc.id} year={settings.year ?? 2025} />
          </Tabs.Panel>
        </Tabs>
      )}
    </TerritoryFrame>
  );
}
