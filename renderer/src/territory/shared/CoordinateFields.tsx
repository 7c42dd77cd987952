/**
 * Latitude and longitude of a site or participant, in degrees, as cells of the dialog's grid, with a
 * commune search that fills them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommuneSearchField } from '../../ui/CommuneSearchField';
import { NumberField } from '../../microgrid/editor/fields';

export function CoordinateFields({
  latDeg,
  lonDeg,
  onChange,
  err,
  testPrefix,
}: {
  latDeg: number;
  lonDeg: number;
  onChange(patch: { latDeg?: number; lonDeg?: number }): void;
  err(field: string): string | undefined;
  /** Test ids `<prefix>-lat` and `<prefix>-lon`. */
  testPrefix: string;
}) {
  const { t } = useTranslation();
  const [commune, setCommune] = useState('');
  return (
    <>
      <CommuneSearchField
        label={t('overview.commune')}
        value={commune}
        onChange={setCommune}
        onPick={(hit) => {
          setCommune(hit.name);
          // One patch: two successive ones would each start from the same draft.
          if (hit.latDeg !== null && hit.lonDeg !== null) onChange({ latDeg: hit.latDeg, lonDeg: hit.lonDeg });
        }}
        testId={`${testPrefix}-commune`}
      />
      <NumberField label={t('terr.common.lat')} value={latDeg} unit="°" digits={5} plain onCommit={(v) => v !== null && onChange({ latDeg: v })} error={err('latDeg')} testId={`${testPrefix}-lat`} />
      <NumberField label={t('terr.common.lon')} value={lonDeg} unit="°" digits={5} plain onCommit={(v) => v !== null && onChange({ lonDeg: v })} error={err('lonDeg')} testId={`${testPrefix}-lon`} />
    </>
  );
}
