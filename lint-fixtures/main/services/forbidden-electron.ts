import { BrowserWindow } from 'electron';
export const leak = BrowserWindow;
