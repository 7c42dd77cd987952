/** Pure aggregation helpers of the micro-grid results dashboard. */
export * from './resultView';
export * from './lttb';
export * from './window';
export * from './typicalDay';
export * from './monthlyBalance';
export * from './heatmap';
export * from './sankey';
export * from './kpiFormat';
export * from './calendarCache';
