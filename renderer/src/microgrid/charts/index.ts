/** Results dashboard charts of the micro-grid workspace. Call registerChartTexts() once at start-up. */
export { registerChartTexts, chartTexts } from './i18n';
export { exportChartPng, renderChartCanvas } from './exportPng';
export { KpiCards, type KpiCardsProps } from './KpiCards';
export { TypicalDayChart, type TypicalDayChartProps } from './TypicalDayChart';
export { MonthlyBalanceChart, type MonthlyBalanceChartProps } from './MonthlyBalanceChart';
export { WeekExplorer, type WeekExplorerProps } from './WeekExplorer';
export { HeatmapChart, type HeatmapChartProps } from './HeatmapChart';
export { SankeyChart, type SankeyChartProps } from './SankeyChart';
export { SohProjectionChart, type SohProjectionChartProps } from './SohProjectionChart';
export { EvDeparturesChart, type EvDeparturesChartProps } from './EvDeparturesChart';
export { DeferredMount } from './DeferredMount';
