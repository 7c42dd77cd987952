import { Button, Grid, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCoordinates } from '../../../models/core/coordinates';
import { formatNumber, parseLocaleNumber } from '../../../models/core/numberFormat';
import { CLIMATE_ZONES, siteFieldsSchema, type SiteFieldsInput } from '../../../models/project/schemas';
import { call } from '../api/client';
import { errorText, fieldErrors, validationText } from '../i18n/errorText';
import { useNotify } from '../state/Notices';
import { CommuneSearchField } from '../ui/CommuneSearchField';

/**
 * Adds a site. Coordinates are one field because users paste them from a map; numbers accept
 * French commas. The shared schema checks the values here first, and the API checks them again.
 */
export function SiteForm({ onAdded }: { onAdded: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [commune, setCommune] = useState('');
  const [departement, setDepartement] = useState('');
  const [coordinates, setCoordinates] = useState('');
  const [elevation, setElevation] = useState('0');
  const [zone, setZone] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const parsed = parseCoordinates(coordinates);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    const elevationM = parseLocaleNumber(elevation);
    if (!parsed) local.coordinates = t('errors.invalidCoordinates');
    if (Number.isNaN(elevationM)) local.elevationM = t('errors.invalidNumber');
    const input: SiteFieldsInput = {
      name,
      commune,
      latDeg: parsed?.latDeg ?? Number.NaN,
      lonDeg: parsed?.lonDeg ?? Number.NaN,
      elevationM,
      ...(departement.trim() ? { departement } : {}),
      ...(zone ? { climateZone: zone as SiteFieldsInput['climateZone'] } : {}),
    };
    const check = siteFieldsSchema.safeParse(input);
    if (!check.success) {
      for (const issue of check.error.issues) {
        const key = String(issue.path[0]);
        const field = key === 'latDeg' || key === 'lonDeg' ? 'coordinates' : key;
        local[field] ??= validationText(t, issue.message);
      }
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await call('sites.create', input);
      setName('');
      setCommune('');
      setDepartement('');
      setCoordinates('');
      setElevation('0');
      setZone(null);
      onAdded();
    } catch (error) {
      const fields = fieldErrors(t, error);
      if (Object.keys(fields).length) setErrors(fields);
      else notify(errorText(t, error), 'error');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="site-form">
      <Grid align="flex-start">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TextInput label={t('overview.siteName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required data-testid="site-name" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CommuneSearchField
            label={t('overview.commune')}
            value={commune}
            onChange={setCommune}
            onPick={(hit) => {
              setCommune(hit.name);
              setDepartement(hit.departement);
              if (hit.latDeg !== null && hit.lonDeg !== null) setCoordinates(coordinatesText(hit.latDeg, hit.lonDeg, locale));
            }}
            error={errors.commune}
            testId="site-commune"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <TextInput label={t('overview.departement')} value={departement} onChange={(e) => setDepartement(e.currentTarget.value)} error={errors.departement} maxLength={3} data-testid="site-departement" />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <TextInput label={t('overview.elevation')} value={elevation} onChange={(e) => setElevation(e.currentTarget.value)} error={errors.elevationM} inputMode="decimal" data-testid="site-elevation" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextInput
            label={t('overview.coordinates')}
            description={
              parsed
                ? `${t('overview.latitude')} ${formatNumber(parsed.latDeg, locale, 5)}° · ${t('overview.longitude')} ${formatNumber(parsed.lonDeg, locale, 5)}°`
                : t('overview.coordinatesHint')
            }
            value={coordinates}
            onChange={(e) => setCoordinates(e.currentTarget.value)}
            error={errors.coordinates}
            required
            data-testid="site-coordinates"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 8, md: 4 }}>
          <Select
            label={t('overview.climateZone')}
            placeholder={t('overview.climateZoneAuto')}
            data={[...CLIMATE_ZONES]}
            value={zone}
            onChange={setZone}
            clearable
            error={errors.climateZone}
            data-testid="site-zone"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 4, md: 2 }} style={{ alignSelf: 'flex-end' }}>
          <Button type="submit" fullWidth mt={24} data-testid="add-site">
            {t('overview.add')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

function coordinatesText(lat: number, lon: number, locale: 'fr' | 'en'): string {
  return locale === 'fr' ? `${String(lat).replace('.', ',')} ${String(lon).replace('.', ',')}` : `${lat}, ${lon}`;
}
