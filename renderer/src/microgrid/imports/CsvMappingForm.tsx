/** Column mapping of a weather CSV that is neither PVGIS nor EPW: which column is what, in which unit. */
import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvMapping } from '../../../../models/weather/genericCsv';
import { csvHeaderOf, guessCsvMapping } from './csvHeader';

const TIME_FORMATS = ['iso', 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm:ss', 'DD/MM/YYYY HH:mm', 'DD/MM/YYYY HH:mm:ss', 'YYYYMMDD:HHmm', 'YYYYMMDDHH'];
const TIMEZONES = ['UTC', 'Europe/Paris'];
const IRRADIANCE_UNITS = ['W/m2', 'kW/m2', 'Wh/m2', 'kWh/m2', 'J/cm2'] as const;
const TEMP_UNITS = ['C', 'K', 'F'] as const;
const NONE = '';

type Irr = (typeof IRRADIANCE_UNITS)[number];

export function CsvMappingForm({ base64, onApply, disabled }: { base64: string; onApply(mapping: CsvMapping): void; disabled: boolean }) {
  const { t } = useTranslation();
  const header = useMemo(() => csvHeaderOf(base64), [base64]);
  const guess = useMemo(() => guessCsvMapping(header), [header]);
  const [timeColumn, setTimeColumn] = useState(guess.time?.column ?? NONE);
  const [format, setFormat] = useState('iso');
  const [timezone, setTimezone] = useState('UTC');
  const [stamp, setStamp] = useState<'start' | 'end' | 'middle'>('start');
  const [ghi, setGhi] = useState(guess.ghi?.column ?? NONE);
  const [ghiUnit, setGhiUnit] = useState<Irr>('W/m2');
  const [temp, setTemp] = useState(guess.temp?.column ?? NONE);
  const [tempUnit, setTempUnit] = useState<(typeof TEMP_UNITS)[number]>('C');
  const [dni, setDni] = useState(guess.dni?.column ?? NONE);
  const [dhi, setDhi] = useState(guess.dhi?.column ?? NONE);
  const [wind, setWind] = useState(guess.wind?.column ?? NONE);

  const columns = header.map((h) => ({ value: h, label: h }));
  const optional = [{ value: NONE, label: t('io.map.none') }, ...columns];
  const ready = timeColumn !== NONE && ghi !== NONE && temp !== NONE;
  const apply = () =>
    onApply({
      time: { column: timeColumn, format, timezone, stamp },
      ghi: { column: ghi, unit: ghiUnit },
      temp: { column: temp, unit: tempUnit },
      ...(dni ? { dni: { column: dni, unit: ghiUnit } } : {}),
      ...(dhi ? { dhi: { column: dhi, unit: ghiUnit } } : {}),
      ...(wind ? { wind: { column: wind, unit: 'm/s' as const } } : {}),
    });
  const sel = (testId: string, label: string, value: string, set: (v: string) => void, data: { value: string; label: string }[]) => (
    <Select size="xs" label={label} value={value} data={data} onChange={(v) => v !== null && set(v)} allowDeselect={false} data-testid={testId} />
  );
  const plain = (values: readonly string[], prefix?: string) => values.map((v) => ({ value: v, label: prefix ? t(`${prefix}.${v}`) : v }));

  return (
    <Stack gap="xs" data-testid="import-weather-mapping">
      <Text size="sm">{t('io.map.hint', { columns: header.length })}</Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
        {sel('map-time', t('io.map.time'), timeColumn, setTimeColumn, columns)}
        {sel('map-format', t('io.map.format'), format, setFormat, plain(TIME_FORMATS).map((o) => (o.value === 'iso' ? { ...o, label: t('io.map.iso') } : o)))}
        {sel('map-timezone', t('io.map.timezone'), timezone, setTimezone, plain(TIMEZONES))}
        {sel('map-stamp', t('io.map.stamp'), stamp, (v) => setStamp(v as typeof stamp), plain(['start', 'middle', 'end'], 'io.map.stamps'))}
        {sel('map-ghi', t('io.map.ghi'), ghi, setGhi, columns)}
        {sel('map-ghi-unit', t('io.map.irradianceUnit'), ghiUnit, (v) => setGhiUnit(v as Irr), plain(IRRADIANCE_UNITS))}
        {sel('map-temp', t('io.map.temp'), temp, setTemp, columns)}
        {sel('map-temp-unit', t('io.map.tempUnit'), tempUnit, (v) => setTempUnit(v as typeof tempUnit), plain(TEMP_UNITS, 'io.map.tempUnits'))}
        {sel('map-dni', t('io.map.dni'), dni, setDni, optional)}
        {sel('map-dhi', t('io.map.dhi'), dhi, setDhi, optional)}
        {sel('map-wind', t('io.map.wind'), wind, setWind, optional)}
      </SimpleGrid>
      <Group justify="flex-end">
        <Button size="xs" onClick={apply} disabled={!ready || disabled} data-testid="map-apply">
          {t('io.map.apply')}
        </Button>
      </Group>
    </Stack>
  );
}
