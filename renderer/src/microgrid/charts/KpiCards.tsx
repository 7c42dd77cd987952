/** Grid of KPI cards: value and unit in the user's locale, label, definition in a tooltip. */
import { Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KPI_SPECS, formatKpi } from '../../../../models/analysis/kpiFormat';
import { ChartFrame } from './ChartFrame';
import { useChartLocale } from './format';

export interface KpiCardsProps {
  readonly kpis: Record<string, number>;
  /** Keys to show, in order; defaults to the known KPIs present in `kpis`. */
  readonly keys?: readonly string[];
  readonly fileName?: string;
}

export function KpiCards({ kpis, keys, fileName = 'indicateurs' }: KpiCardsProps) {
  const { t, i18n } = useTranslation();
  const locale = useChartLocale();
  const shown = keys ?? Object.keys(KPI_SPECS).filter((k) => k in kpis);
  return (
    <ChartFrame title={t('charts.kpi.title')} fileName={fileName} testId="chart-kpis">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        {shown.map((key) => {
          const { value, unit } = formatKpi(key, kpis[key] ?? Number.NaN, locale);
          const labelKey = `charts.kpi.${key}.label`;
          const label = i18n.exists(labelKey) ? t(labelKey) : key;
          const definition = i18n.exists(`charts.kpi.${key}.definition`) ? t(`charts.kpi.${key}.definition`) : '';
          return (
            <Tooltip key={key} label={definition} multiline w={280} withArrow disabled={!definition} openDelay={200}>
              <Paper withBorder p="sm" radius="sm" data-export-box data-testid={`kpi-${key}`} style={{ background: '#f8f9fa', cursor: 'help' }}>
                <Text size="xs" c="dimmed" lineClamp={1} data-export-text>
                  {label}
                </Text>
                <Text fw={600} fz={22} className="ilot-mono" data-export-text>
                  {value}
                  {unit ? `\u00a0${unit}` : ''}
                </Text>
              </Paper>
            </Tooltip>
          );
        })}
      </SimpleGrid>
    </ChartFrame>
  );
}
