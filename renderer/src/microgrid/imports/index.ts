export { ImportLoadDialog } from './ImportLoadDialog';
export { ImportWeatherDialog } from './ImportWeatherDialog';
export { ImportButton, useImportedList, type ImportedItem } from './ImportButtons';
export { registerImportExportTexts } from './i18n';
