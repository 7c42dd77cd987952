import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The fixtures break the import rules of DESIGN.md on purpose: lint must reject each of them. */
describe('lint enforces the rooms of DESIGN.md', () => {
  const cases: Array<[string, string]> = [
    ['lint-fixtures/models/forbidden-fs.ts', 'no-restricted-imports'],
    ['lint-fixtures/models/forbidden-electron.ts', 'no-restricted-imports'],
    ['lint-fixtures/models/forbidden-random.ts', 'no-restricted-properties'],
    ['lint-fixtures/renderer/forbidden-main.ts', 'no-restricted-imports'],
    ['lint-fixtures/main/services/forbidden-electron.ts', 'no-restricted-imports'],
  ];
  const eslint = new ESLint({ ignore: false });

  it.each(cases)('%s fails with %s', async (file, rule) => {
    const [result] = await eslint.lintFiles([file]);
    expect(result.messages.map((m) => m.ruleId)).toContain(rule);
  });

  it('accepts a pure models/ file', async () => {
    const [result] = await eslint.lintFiles(['models/core/timeline.ts']);
    expect(result.errorCount).toBe(0);
  });
});
