/** The 3D site view of the micro-grid workspace. */
export { SiteView3d } from './SiteView3d';
export type { SiteView3dProps } from './SiteView3d';
export { registerSite3dTexts } from './i18n';
export type { FlowsAtTime, Site3dModel } from '../../../../models/site3d/schema';
export { site3dModelSchema } from '../../../../models/site3d/schema';
