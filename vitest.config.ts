import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{models,workers,main,renderer,scripts}/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
