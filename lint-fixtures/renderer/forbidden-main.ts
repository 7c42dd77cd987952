import { openProject } from '../../main/services/projectStore';
export const leak = openProject;
