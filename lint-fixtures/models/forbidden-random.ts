export const r = Math.random();
