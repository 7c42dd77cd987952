export { computeSystems } from './compute';
export { mapInstallations, mapGeneral, type MappedLogement, type GeneralData } from './mapInstallations';
export { systemsInputSchema, parseSystemsInput } from './schema';
export type * from './types';
export { classify } from '../energy/labels';
