/**
 * One site of the portfolio: identity, meter and building fields, and its flexible assets (the
 * building-type defaults, or a list the user edits starting from those defaults).
 */
import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FlexAssetInput, FlexSiteInput } from '../../../../models/flex/schemas';
import { BUILDING_TYPES } from '../../../../models/flex/schemas';
import { call } from '../../api/client';
import { NumberField, SelectField, TextField } from '../../microgrid/editor/fields';
import { CoordinateFields } from '../shared/CoordinateFields';
import { FormModal } from '../shared/FormModal';
import { useDraftForm } from '../shared/useDraftForm';

const NEW_ASSETS: Record<FlexAssetInput['kind'], FlexAssetInput> = {
  waterHeater: { kind: 'waterHeater', count: 1, tankLitres: 200, powerKw: 2.2, dailyDrawLitres: 100 },
  heating: { kind: 'heating', powerKw: 20, heatLossKwPerK: 0.6, capacityKwhPerK: 24 },
  ev: { kind: 'ev', count: 1, powerKw: 7.4, arrivalH: 17, departureH: 8, energyKwh: 15 },
  battery: { kind: 'battery', capacityKwh: 20, powerKw: 10 },
  lighting: { kind: 'lighting', powerKw: 10 },
  pump: { kind: 'pump', powerKw: 15, flowM3PerH: 40, reservoirM3: 400, demandM3PerDay: 350 },
  process: { kind: 'process', powerKw: 15, sheddableFraction: 0.3, maxShedH: 2 },
};

/** Fields shown per asset kind (the others keep their schema defaults). */
const SHOWN: Record<FlexAssetInput['kind'], string[]> = {
  waterHeater: ['count', 'tankLitres', 'powerKw', 'dailyDrawLitres', 'setpointC'],
  heating: ['powerKw', 'heatLossKwPerK', 'capacityKwhPerK', 'setpointC'],
  ev: ['count', 'powerKw', 'energyKwh', 'arrivalH', 'departureH'],
  battery: ['capacityKwh', 'powerKw'],
  lighting: ['powerKw', 'minDimFraction'],
  pump: ['powerKw', 'flowM3PerH', 'reservoirM3', 'demandM3PerDay'],
  process: ['powerKw', 'sheddableFraction', 'maxShedH'],
};

export function SiteModal({ site, opened, onClose, onSave }: { site: FlexSiteInput | null; opened: boolean; onClose(): void; onSave(site: FlexSiteInput): Promise<void> }) {
  const { t } = useTranslation();
  const { draft, set, err, fail, failure, save } = useDraftForm({ initial: site, opened, onSave, onClose, fieldPrefix: /^data\.sites\.\d+\./ });
  if (!draft) return null;
  const setAsset = (i: number, patch: Record<string, unknown>) => set({ assets: (draft.assets ?? []).map((a, j) => (j === i ? ({ ...a, ...patch } as FlexAssetInput) : a)) });

  const customize = async () => {
    try {
      set({ assets: (await call('flex.defaultAssets', { site: { ...draft, assets: undefined } })) as FlexAssetInput[] });
    } catch (error) {
      // The defaults are asked for the site alone: its fields are named under `site.`.
      fail(error, /^site\./);
    }
  };

  return (
    <FormModal opened={opened} onClose={onClose} title={t('terr.flex.assetsOf', { name: draft.name || '…' })} failure={failure} onSave={save} testId="site-modal" saveTestId="site-save">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <TextField label={t('terr.flex.col.name')} value={draft.name} onCommit={(v) => set({ name: v })} error={err('name')} testId="site-f-name" />
        <SelectField
          label={t('terr.flex.col.type')}
          value={draft.buildingType}
          options={BUILDING_TYPES.map((b) => ({ value: b, label: t(`terr.flex.types.${b}`) }))}
          onCommit={(v) => set({ buildingType: v as FlexSiteInput['buildingType'] })}
          testId="site-f-type"
        />
        <TextField label={t('terr.flex.col.prm')} value={draft.prm} onCommit={(v) => set({ prm: v.trim() })} error={err('prm')} testId="site-f-prm" />
        <SelectField
          label={t('terr.flex.col.heating')}
          value={draft.electricHeating ?? 'resistive'}
          options={(['none', 'resistive', 'heatPump'] as const).map((h) => ({ value: h, label: t(`terr.flex.heating.${h}`) }))}
          onCommit={(v) => set({ electricHeating: v as 'none' })}
        />
        <CoordinateFields latDeg={draft.latDeg} lonDeg={draft.lonDeg} onChange={set} err={err} testPrefix="site-f" />
        <NumberField label={t('terr.flex.col.annualKwh')} value={draft.annualKwh} unit="kWh" digits={0} onCommit={(v) => v !== null && set({ annualKwh: v })} error={err('annualKwh')} testId="site-f-kwh" />
        <NumberField label={t('terr.flex.col.kva')} value={draft.subscribedKva} unit="kVA" digits={0} onCommit={(v) => v !== null && set({ subscribedKva: v })} error={err('subscribedKva')} testId="site-f-kva" />
      </SimpleGrid>
      <Text fw={600}>{t('terr.flex.editAssets')}</Text>
      {draft.assets === undefined ? (
        <Group>
          <Text size="sm" c="dimmed" style={{ flex: 1 }}>
            {t('terr.flex.assetsHint')}
          </Text>
          <Button size="xs" variant="light" onClick={() => void customize()} data-testid="site-customize">
            {t('terr.flex.customize')}
          </Button>
        </Group>
      ) : (
        <Stack gap="xs">
          {draft.assets.map((a, i) => (
            <Card key={i} withBorder padding="xs">
              <Group justify="space-between" mb={4}>
                <Text fw={600} size="sm">
                  {t(`terr.flex.kinds.${a.kind}`)}
                </Text>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => set({ assets: draft.assets!.filter((_, j) => j !== i) })}>
                  {t('terr.common.remove')}
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 2, md: 5 }}>
                {SHOWN[a.kind].map((f) => (
                  <NumberField
                    key={f}
                    label={t(`terr.flex.fields.${f}`)}
                    value={(a as unknown as Record<string, number | undefined>)[f]}
                    digits={3}
                    onCommit={(v) => v !== null && setAsset(i, { [f]: v })}
                    error={err(`assets.${i}.${f}`)}
                    testId={`asset-${i}-${f}`}
                  />
                ))}
              </SimpleGrid>
            </Card>
          ))}
          <Group gap="xs">
            <SelectField
              label={t('terr.flex.addAsset')}
              value={undefined}
              options={Object.keys(NEW_ASSETS).map((k) => ({ value: k, label: t(`terr.flex.kinds.${k}`) }))}
              onCommit={(k) => set({ assets: [...draft.assets!, NEW_ASSETS[k as FlexAssetInput['kind']]] })}
            />
            <Button size="xs" variant="default" mt={24} onClick={() => set({ assets: undefined })}>
              {t('terr.flex.useDefaults')}
            </Button>
          </Group>
        </Stack>
      )}
    </FormModal>
  );
}
