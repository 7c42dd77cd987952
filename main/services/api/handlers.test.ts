import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../projectStore/testing/tempDir';
import { ApiSession, createHandlers, dispatch, type HandlerMap } from './handlers';
import { folderHost } from './testing/testHost';

describe('API handlers with validation', () => {
  let tmp: ReturnType<typeof tempDir>;
  let session: ApiSession;
  let handlers: HandlerMap;
  const call = (name: string, input?: unknown) => dispatch(handlers, name, input);

  beforeEach(() => {
    tmp = tempDir();
    session = new ApiSession(folderHost(tmp.dir));
    handlers = createHandlers(session);
  });
  afterEach(() => {
    session.closeCurrent();
    tmp.cleanup();
  });

  it('rejects bad inputs with the path of the field and saves nothing', async () => {
    await call('projects.create', { name: 'Audit' });
    const bad = await call('sites.create', { name: 'Port', latDeg: 123, lonDeg: 'est' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('validation');
    expect(bad.error.issues?.map((i) => i.path).sort()).toEqual(['latDeg', 'lonDeg']);
    expect(bad.error.issues?.find((i) => i.path === 'latDeg')?.message).toMatch(/between -90 and 90/);
    const sites = await call('sites.list');
    expect(sites).toEqual({ ok: true, value: [] });
  });

  it('searches French communes without a project open, with the 3CL zone of their département', async () => {
    const r = await call('geo.searchCommunes', { query: 'Le Palais', limit: 3 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.value as Array<{ name: string; climateZone?: string; latDeg: number | null }>)[0]).toMatchObject({ name: 'Le Palais', departement: '56', climateZone: 'H2a' });
    const overseas = await call('geo.searchCommunes', { query: '97411' });
    expect(overseas.ok && (overseas.value as Array<{ climateZone?: string }>)[0].climateZone).toBeUndefined();
    const short = await call('geo.searchCommunes', { query: 'L' });
    expect(!short.ok && short.error.issues?.[0].path).toBe('query');
  });

  it('reports nested field paths and unknown keys', async () => {
    await call('projects.create', { name: 'Audit' });
    const nested = await call('sites.update', { id: 'x', patch: { elevationM: 9000 } });
    expect(!nested.ok && nested.error.issues?.[0].path).toBe('patch.elevationM');
    const extra = await call('project.update', { name: 'ok', evil: true });
    expect(!extra.ok && extra.error.code).toBe('validation');
    const empty = await call('projects.create', { name: '   ' });
    expect(!empty.ok && empty.error.issues?.[0]).toMatchObject({ path: 'name', message: 'Name is required' });
  });

  it('refuses unknown calls and calls without an open project', async () => {
    expect(await call('fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('sites.list')).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'no-project' } });
  });

  it('creates, edits, reopens a project and remembers it', async () => {
    const created = await call('projects.create', { name: 'Belle-Île / test', client: 'Mairie' });
    expect(created.ok).toBe(true);
    const path = created.ok ? (created.value as { path: string }).path : '';
    expect(path).toMatch(/Belle-Île test\.ilot$/);
    await call('sites.create', { name: 'Port', latDeg: 47.35, lonDeg: -3.15 });
    await call('projects.close');
    const reopened = await call('projects.open', { path });
    expect(reopened).toMatchObject({ ok: true, value: { siteCount: 1, header: { client: 'Mairie' } } });
    expect(await call('projects.recent')).toMatchObject({ ok: true, value: [{ path, exists: true }] });
    expect(session.host.kind).toBe('web-harness');
  });

  it('refuses a file that is not a project with a clear message, and keeps working', async () => {
    const file = tmp.path('notes.ilot');
    writeFileSync(file, 'hello');
    const result = await call('projects.open', { path: file });
    expect(result).toMatchObject({ ok: false, error: { code: 'project-file', reason: 'not-ilot' } });
    expect(await call('app.info')).toMatchObject({ ok: true });
  });

  it('opens an example as a fresh copy and undoes an edit', async () => {
    const opened = await call('projects.openExample', { id: 'belle-ile' });
    expect(opened).toMatchObject({ ok: true, value: { siteCount: 1 } });
    await call('project.update', { name: 'Renommé' });
    await call('project.undo');
    expect(await call('projects.current')).toMatchObject({ ok: true, value: { header: { name: 'Belle-Île — micro-réseau FlexMob’Ile' } } });
  });
});
