/** Custom activation window: local start and duration → delivered power, ramp, rebound, service cost. */
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { parisLocalToUtcCandidates } from '../../../../models/acc/parisTime';
import type { ActivationView } from '../../../../models/api/territoryContract';
import { formatNumber, parseLocaleNumber } from '../../../../models/core/numberFormat';
import { call } from '../../api/client';
import { errorText } from '../../i18n/errorText';
import { AXIS_TICK, GRID_STROKE } from '../../microgrid/charts/palette';
import { DataTable } from '../shared/DataTable';

/** "2025-01-15 17:00" or "15/01/2025 17:00", Paris wall-clock time → UTC ms. */
function parseLocalStart(text: string): number | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/.exec(s);
  let parts: number[] | null = m ? [+m[1], +m[2], +m[3], +m[4], +m[5]] : null;
  if (!parts && (m = /^(\d{2})\/(\d{2})\/(\d{4})[ T](\d{1,2}):(\d{2})$/.exec(s))) parts = [+m[3], +m[2], +m[1], +m[4], +m[5]];
  if (!parts) return null;
  const candidates = parisLocalToUtcCandidates(parts[0], parts[1], parts[2], parts[3], parts[4]);
  return candidates.length ? candidates[0] : null;
}

export function ActivationPanel({ portfolioId, year }: { portfolioId: string; year: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const fmt = (v: number, d = 0) => formatNumber(v, locale, d, d);
  const [start, setStart] = useState(`15/01/${year} 17:00`);
  const [hours, setHours] = useState('3');
  const [result, setResult] = useState<ActivationView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setFailure(null);
    const startUtcMs = parseLocalStart(start);
    const h = parseLocaleNumber(hours);
    if (startUtcMs === null) return setFailure(`${t('terr.flex.activation.start')} : JJ/MM/AAAA HH:MM`);
    if (!(h > 0)) return setFailure(`${t('terr.flex.activation.hours')} > 0`);
    setBusy(true);
    try {
      setResult(await call('flex.activate', { id: portfolioId, startUtcMs, hours: h, label: start }));
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };
  const p = result?.portfolio;
  const units = t('terr.flex.costUnits', { returnObjects: true }) as unknown as Record<string, string>;
  const chart = p
    ? p.deliveredKw.map((kw, i) => ({
        time: new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(p.startUtcMs + i * p.stepMinutes * 60_000),
        kw,
      }))
    : [];

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Title order={4} mb="xs">
          {t('terr.flex.activation.title')}
        </Title>
        <Group align="flex-end">
          <TextInput label={t('terr.flex.activation.start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} data-testid="act-start" w={220} />
          <TextInput label={t('terr.flex.activation.hours')} value={hours} onChange={(e) => setHours(e.currentTarget.value)} data-testid="act-hours" w={120} />
          <Button onClick={() => void run()} loading={busy} data-testid="act-run">
            {t('terr.flex.activation.run')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          {t('terr.flex.activation.needStudy')}
        </Text>
        {failure && (
          <Alert color="red" mt="xs">
            {failure}
          </Alert>
        )}
      </Card>
      {p && result && (
        <Card withBorder padding="md" data-testid="act-result">
          <Title order={4} mb="xs">
            {t('terr.flex.activation.result')}
          </Title>
          <SimpleGrid cols={{ base: 2, md: 4 }} mb="sm">
            <Text size="sm">
              {t('terr.flex.events.meanKw')} : <b data-testid="act-mean">{fmt(p.meanKw, 1)} kW</b>
            </Text>
            <Text size="sm">
              {t('terr.flex.events.ramp')} : <b>{fmt(p.maxRampKw, 1)} kW</b>
            </Text>
            <Text size="sm">
              {t('terr.flex.events.rebound')} : <b>{fmt(p.reboundKwh)} kWh</b> ({t('terr.flex.events.reboundPeak')} {fmt(p.reboundPeakKw, 1)} kW)
            </Text>
            <Text size="sm">
              {t('terr.flex.events.cost')} : <b>{Object.entries(p.cost).filter(([, v]) => Math.abs(v) >= 0.05).map(([u, v]) => `${fmt(v, 1)} ${units[u] ?? u}`).join(' ; ') || '—'}</b>
            </Text>
          </SimpleGrid>
          <div style={{ width: '100%', height: 220 }}>
            <ResponsiveContainer>
              <BarChart data={chart} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
                <CartesianGrid stroke={GRID_STROKE} vertical={false} />
                <XAxis dataKey="time" tick={AXIS_TICK} />
                <YAxis tick={AXIS_TICK} width={56} label={{ value: 'kW', angle: -90, position: 'insideLeft', fill: '#495057', fontSize: 12 }} />
                <Tooltip formatter={(v) => [`${fmt(Number(v), 1)} kW`, t('terr.flex.activation.delivered')]} />
                <Bar dataKey="kw" fill="#2f9e44" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <DataTable
            withTableBorder
            fz="sm"
            mt="sm"
            columns={[
              t('terr.flex.value.site'),
              t('terr.flex.events.meanKw'),
              t('terr.flex.events.energy'),
              t('terr.flex.events.rebound'),
            ]}
            rows={result.sites}
            rowKey={(s) => s.name}
            cells={(s) => [
              s.name,
              `${fmt(s.meanKw, 1)} kW`,
              `${fmt(s.energyKwh, 1)} kWh`,
              `${fmt(s.reboundKwh, 1)} kWh`,
            ]}
          />
        </Card>
      )}
    </Stack>
  );
}
