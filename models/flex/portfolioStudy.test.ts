import { describe, expect, it } from 'vitest';
import { IlotApiError } from '../api/errors';
import { malaunayTerritoryPortfolio } from '../examples/territoryDemo';
import { parsePortfolioDoc, portfolioFlexOfDoc } from './portfolioStudy';

const errorOf = (f: () => unknown): IlotApiError => {
  try {
    f();
  } catch (e) {
    if (e instanceof IlotApiError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('portfolio documents', () => {
  it('refuses a PRM used twice, naming the second site', () => {
    const { sites } = malaunayTerritoryPortfolio();
    const error = errorOf(() => parsePortfolioDoc({ sites: [sites[0], sites[1], { ...sites[2], prm: sites[0].prm }] }));
    expect(error.code).toBe('validation');
    expect(error.issues[0].path).toBe('data.sites.2.prm');
    expect(error.message).toMatch(/already used by site 1/);
  });

  it('refuses to study an empty portfolio, naming the sites field', () => {
    expect(errorOf(() => portfolioFlexOfDoc('Vide', parsePortfolioDoc({ sites: [] }))).issues[0].path).toBe('data.sites');
  });
});
