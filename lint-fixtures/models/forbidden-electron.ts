import { app } from 'electron';
export const leak = app;
