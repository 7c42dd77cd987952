// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The rooms of DESIGN.md, enforced here rather than by good intentions.
 * Each rule lists what a folder may NOT import.
 */
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'https', 'net', 'url', 'stream', 'util', 'events', 'zlib', 'module'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'dist-web', 'release', 'coverage', 'e2e/artifacts', 'lint-fixtures', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['models/**/*.ts', 'lint-fixtures/models/**/*.ts'],
    ignores: ['models/**/*.test.ts'],
    rules: {
      ...restrict(
        [...nodeBuiltins, 'electron', 'better-sqlite3', 'comlink', 'react', '**/main/**', '**/workers/**', '**/renderer/**'],
        'models/ is pure TypeScript: no Node, electron, I/O, workers or UI (DESIGN.md, rooms).',
      ),
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'models/ uses a seeded PRNG only.' }],
    },
  },
  {
    files: ['workers/**/*.ts', 'lint-fixtures/workers/**/*.ts'],
    ignores: ['workers/**/*.test.ts'],
    rules: restrict(['electron', 'better-sqlite3', 'react', '**/main/**', '**/renderer/**'], 'workers/ may import models/ and comlink only.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'lint-fixtures/renderer/**/*.{ts,tsx}'],
    rules: restrict(
      [...nodeBuiltins, 'electron', 'better-sqlite3', 'comlink', '**/main/services/**', '**/main/ipc/**', '**/main/index', '**/main/web/**', '**/workers/**'],
      'renderer/ talks only to window.ilot; it may import type-only contracts and pure helpers from models/.',
    ),
  },
  {
    files: ['main/services/**/*.ts', 'main/cli/**/*.ts', 'main/cli.ts', 'main/web/**/*.ts', 'lint-fixtures/main/services/**/*.ts'],
    rules: restrict(['electron', '**/renderer/**'], 'Only main/index.ts, main/preload.ts and main/ipc/ may import electron.'),
  },
);
