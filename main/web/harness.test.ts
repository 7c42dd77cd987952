import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../services/projectStore/testing/tempDir';
import { startWebHarness, type Harness } from './harness';

describe('web harness', () => {
  let tmp: ReturnType<typeof tempDir>;
  let harness: Harness;
  let base: string;
  beforeEach(async () => {
    tmp = tempDir();
    const dist = join(tmp.dir, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Ilot</title>');
    writeFileSync(join(tmp.dir, 'secret.txt'), 'secret');
    harness = await startWebHarness({ distDir: dist, dataDir: join(tmp.dir, 'data') });
    base = new URL(harness.url).origin;
  });
  afterEach(async () => {
    await harness.close();
    tmp.cleanup();
  });

  it('listens on loopback only and serves the renderer with a strict CSP', async () => {
    expect(new URL(harness.url).hostname).toBe('127.0.0.1');
    const res = await fetch(`${base}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
  });

  it('refuses API calls without the token', async () => {
    const res = await fetch(`${base}/api/call/app.info`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(403);
    const ok = await fetch(`${base}/api/call/app.info`, { method: 'POST', body: '{}', headers: { 'x-ilot-token': harness.token } });
    expect(await ok.json()).toMatchObject({ ok: true, value: { host: 'web-harness' } });
  });

  it('never serves files outside the built renderer', async () => {
    const res = await fetch(`${base}/..%2Fsecret.txt`);
    expect(await res.text()).not.toContain('secret');
  });

  it('answers a malformed body with a validation error, not a crash', async () => {
    const res = await fetch(`${base}/api/call/sites.create`, { method: 'POST', body: '{not json', headers: { 'x-ilot-token': harness.token } });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
