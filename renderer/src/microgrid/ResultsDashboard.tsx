import { Grid, Loader, Stack } from '@mantine/core';
import type { MicrogridResultView } from '../../../models/analysis/resultView';
import { HeatmapChart, MonthlyBalanceChart, SankeyChart, TypicalDayChart, WeekExplorer } from './charts';

/**
 * The charts of a stored result, sharing one selected instant with the 3D view's scrubber.
 * Series arrive as hourly means (useResultView), so every chart draws a year in well under a second.
 */
export function ResultsDashboard({ view, selectedTimeUtcMs, onSelectTime }: { view: MicrogridResultView | null; selectedTimeUtcMs?: number; onSelectTime(t: number): void }) {
  if (!view) return <Loader size="sm" />;
  return (
    <Stack gap="md" data-testid="results-dashboard">
      <Grid gap="md">
        <Grid.Col span={{ base: 12 }}>
          <TypicalDayChart view={view} selectedTimeUtcMs={selectedTimeUtcMs} onSelectTime={onSelectTime} />
        </Grid.Col>
        <Grid.Col span={{ base: 12 }}>
          <MonthlyBalanceChart view={view} />
        </Grid.Col>
      </Grid>
      <WeekExplorer view={view} selectedTimeUtcMs={selectedTimeUtcMs} onSelectTime={onSelectTime} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12 }}>
          <HeatmapChart view={view} series="gridImportKw" />
        </Grid.Col>
        <Grid.Col span={{ base: 12 }}>
          <SankeyChart view={view} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
