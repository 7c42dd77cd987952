export { ImportLoadDialog } from './ImportLoadDialog';
export { ImportWeatherDialog } from './ImportWeatherDialog';
export { ImportButton, useImportedList, type ImportedItem } from './ImportButtons';
export { ImportedLoadSummary } from './ImportedLoadSummary';
export { registerImportExportTexts } from './i18n';
