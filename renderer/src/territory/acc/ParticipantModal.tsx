/** One participant of an ACC operation: identity, meter, place, curve source and key fields. */
import { Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccDocParticipant } from '../../../../models/api/territoryContract';
import { NumberField, SelectField, TextField } from '../../microgrid/editor/fields';
import { CoordinateFields } from '../shared/CoordinateFields';
import { FormModal } from '../shared/FormModal';
import { useDraftForm } from '../shared/useDraftForm';

export type ParticipantDraft = AccDocParticipant;

export function ParticipantModal({
  participant,
  opened,
  onClose,
  onSave,
  onImportCurve,
}: {
  participant: ParticipantDraft | null;
  opened: boolean;
  onClose(): void;
  onSave(p: ParticipantDraft): Promise<void>;
  /** Only for a participant already saved (the curve is stored under its PRM). */
  onImportCurve?: (text: string, file: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { draft, setDraft, set, err, fail, failure, save } = useDraftForm({ initial: participant, opened, onSave, onClose, fieldPrefix: /^data\.participants\.\d+\./ });
  if (!draft) return null;
  const setCurve = (patch: Record<string, unknown>) => setDraft({ ...draft, curve: { ...draft.curve, ...patch } } as ParticipantDraft);
  const c = draft.curve;
  const importFile = async (file: File | undefined) => {
    if (!file || !onImportCurve) return;
    try {
      await onImportCurve(await file.text(), file.name);
      onClose();
    } catch (error) {
      fail(error);
    }
  };
  const curveKinds = draft.role === 'producer' ? ['pv', 'imported'] : ['synthetic', 'imported'];

  return (
    <FormModal opened={opened} onClose={onClose} title={draft.name || draft.prm || t(`terr.acc.role.${draft.role}`)} failure={failure} onSave={save} testId="participant-modal" saveTestId="p-save">
      <SimpleGrid cols={{ base: 2, md: 3 }}>
        <TextField label={t('terr.acc.col.name')} value={draft.name} onCommit={(v) => set({ name: v })} testId="p-name" />
        <TextField label={t('terr.acc.col.prm')} value={draft.prm} onCommit={(v) => set({ prm: v.trim() })} error={err('prm')} testId="p-prm" />
        <SelectField
          label={t('terr.acc.col.role')}
          value={draft.role}
          options={(['producer', 'consumer'] as const).map((r) => ({ value: r, label: t(`terr.acc.role.${r}`) }))}
          onCommit={(v) =>
            setDraft({
              ...draft,
              role: v as 'producer',
              curve: v === 'producer' ? { kind: 'pv', kWp: 36, tiltDeg: 30, azimuthDeg: 180, mounting: 'roof-mounted', lossesPct: 14 } : { kind: 'synthetic', building: 'office', annualKwh: 30_000, heatingShare: 0 },
            })
          }
        />
        <CoordinateFields latDeg={draft.latDeg} lonDeg={draft.lonDeg} onChange={set} err={err} testPrefix="p" />
        <SelectField
          label={t('terr.acc.col.curve')}
          value={c.kind}
          options={curveKinds.map((k) => ({ value: k, label: t(`terr.acc.curve.${k}`) }))}
          onCommit={(k) => {
            if (k === c.kind) return;
            if (k === 'pv') set({ curve: { kind: 'pv', kWp: 36, tiltDeg: 30, azimuthDeg: 180, mounting: 'roof-mounted', lossesPct: 14 } });
            else if (k === 'synthetic') set({ curve: { kind: 'synthetic', building: 'office', annualKwh: 30_000, heatingShare: 0 } });
          }}
        />
      </SimpleGrid>
      {c.kind === 'pv' && (
        <SimpleGrid cols={3}>
          <NumberField label={t('terr.acc.curve.kWp')} value={c.kWp} unit="kWc" digits={1} onCommit={(v) => v !== null && setCurve({ kWp: v })} error={err('curve.kWp')} testId="p-kwp" />
          <NumberField label={t('terr.acc.curve.tilt')} value={c.tiltDeg} unit="°" digits={0} onCommit={(v) => v !== null && setCurve({ tiltDeg: v })} error={err('curve.tiltDeg')} />
          <NumberField label={t('terr.acc.curve.azimuth')} value={c.azimuthDeg} unit="°" digits={0} onCommit={(v) => v !== null && setCurve({ azimuthDeg: v })} error={err('curve.azimuthDeg')} />
        </SimpleGrid>
      )}
      {c.kind === 'synthetic' && (
        <SimpleGrid cols={3}>
          <SelectField
            label={t('terr.acc.curve.building')}
            value={c.building}
            options={(['school', 'office', 'gymnasium', 'housing'] as const).map((b) => ({ value: b, label: t(`terr.acc.buildings.${b}`) }))}
            onCommit={(v) => setCurve({ building: v })}
          />
          <NumberField label={t('terr.acc.curve.annualKwh')} value={c.annualKwh} unit="kWh" digits={0} onCommit={(v) => v !== null && setCurve({ annualKwh: v })} error={err('curve.annualKwh')} testId="p-kwh" />
          <NumberField label={t('terr.acc.curve.heatingShare')} value={c.heatingShare} unit="%" scale={100} digits={0} onCommit={(v) => v !== null && setCurve({ heatingShare: v })} error={err('curve.heatingShare')} />
        </SimpleGrid>
      )}
      {c.kind === 'imported' && <Text size="sm">{t('terr.acc.curve.imported_from', { file: c.file || '—' })}</Text>}
      {onImportCurve && (
        <Group>
          <Text size="sm">{t('terr.acc.curve.import')}</Text>
          <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void importFile(e.currentTarget.files?.[0])} data-testid="p-import" />
        </Group>
      )}
      {draft.role === 'consumer' && (
        <SimpleGrid cols={2}>
          <NumberField label={t('terr.acc.share')} value={draft.share ?? null} unit="%" scale={100} digits={2} onCommit={(v) => set({ share: v ?? undefined })} error={err('share')} testId="p-share" />
          <NumberField label={t('terr.acc.priority')} value={draft.priority ?? null} digits={0} onCommit={(v) => set({ priority: v ?? undefined })} error={err('priority')} testId="p-priority" />
        </SimpleGrid>
      )}
    </FormModal>
  );
}
