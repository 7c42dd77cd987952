import { Grid, Loader, Stack } from '@mantine/core';
import type { MicrogridResultView } from '../../../models/analysis/resultView';
import { DeferredMount, EvDeparturesChart, HeatmapChart, MonthlyBalanceChart, SankeyChart, SohProjectionChart, TypicalDayChart, WeekExplorer } from './charts';

const finiteYear = (y: number | undefined) => (y !== undefined && Number.isFinite(y) ? Math.round(y) : undefined);

/** Card header and padding around a chart's plot area, so placeholders keep the final layout. */
const FRAME = 80;

/**
 * The charts of a stored result, sharing one selected instant with the 3D view's scrubber.
 * Series arrive as hourly means (useResultView); each chart mounts in its own task (DeferredMount)
 * so that showing a result never freezes the window.
 */
export function ResultsDashboard({ view, selectedTimeUtcMs, onSelectTime }: { view: MicrogridResultView | null; selectedTimeUtcMs?: number; onSelectTime(t: number): void }) {
  if (!view) return <Loader size="sm" />;
  return (
    <Stack gap="md" data-testid="results-dashboard">
      <Grid gap="md">
        <Grid.Col span={{ base: 12 }}>
          <DeferredMount height={320 + FRAME} testId="chart-typical-day">
            <TypicalDayChart view={view} selectedTimeUtcMs={selectedTimeUtcMs} onSelectTime={onSelectTime} />
          </DeferredMount>
        </Grid.Col>
        <Grid.Col span={{ base: 12 }}>
          <DeferredMount height={320 + FRAME} testId="chart-monthly">
            <MonthlyBalanceChart view={view} />
          </DeferredMount>
        </Grid.Col>
      </Grid>
      <DeferredMount height={360 + FRAME + 40} testId="chart-week">
        <WeekExplorer view={view} selectedTimeUtcMs={selectedTimeUtcMs} onSelectTime={onSelectTime} />
      </DeferredMount>
      <Grid gap="md">
        <Grid.Col span={{ base: 12 }}>
          <DeferredMount height={300 + FRAME} testId="chart-heatmap">
            <HeatmapChart view={view} series="gridImportKw" />
          </DeferredMount>
        </Grid.Col>
        <Grid.Col span={{ base: 12 }}>
          <DeferredMount height={380 + FRAME} testId="chart-sankey">
            <SankeyChart view={view} />
          </DeferredMount>
        </Grid.Col>
        {view.sohProjection && (
          <Grid.Col span={{ base: 12 }}>
            <DeferredMount height={300 + FRAME} testId="chart-soh">
              <SohProjectionChart projection={view.sohProjection} endOfLifeYear={finiteYear(view.kpis.projectedEndOfLifeYear)} />
            </DeferredMount>
          </Grid.Col>
        )}
        {view.evDepartures && (
          <Grid.Col span={{ base: 12 }}>
            <DeferredMount height={300 + FRAME} testId="chart-ev">
              <EvDeparturesChart departures={view.evDepartures} />
            </DeferredMount>
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
