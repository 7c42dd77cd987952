export { ImportLoadDialog } from './ImportLoadDialog';
export { ImportWeatherDialog } from './ImportWeatherDialog';
export { ImportSeriesDialog } from './ImportSeriesDialog';
export { ImportButton, useImportedList, type ImportedItem } from './ImportButtons';
export { ImportedLoadSummary } from './ImportedLoadSummary';
export { registerImportExportTexts } from './i18n';
