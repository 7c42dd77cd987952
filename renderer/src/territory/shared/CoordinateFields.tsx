/** Latitude and longitude of a site or participant, in degrees, as two cells of the dialog's grid. */
import { useTranslation } from 'react-i18next';
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
  onChange(patch: { latDeg: number } | { lonDeg: number }): void;
  err(field: string): string | undefined;
  /** Test ids `<prefix>-lat` and `<prefix>-lon`. */
  testPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <NumberField label={t('terr.common.lat')} value={latDeg} unit="°" digits={5} plain onCommit={(v) => v !== null && onChange({ latDeg: v })} error={err('latDeg')} testId={`${testPrefix}-lat`} />
      <NumberField label={t('terr.common.lon')} value={lonDeg} unit="°" digits={5} plain onCommit={(v) => v !== null && onChange({ lonDeg: v })} error={err('lonDeg')} testId={`${testPrefix}-lon`} />
    </>
  );
}
