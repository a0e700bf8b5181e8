import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InterchangeDocument } from '@jejak/interchange';
import { CliIo, runCli } from '../../../apps/api/src/cli';
import { DEMO_PASSWORD } from '../../../apps/api/src/demo-accounts';
import { loadDemo } from '../../../apps/api/src/demo';
import { spoil } from '../../fixtures/fixtures';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { closeCounts, documentFor, eventCount } from './import-e2e.support';

const dir = mkdtempSync(join(tmpdir(), 'jejak-import-'));
function file(name: string, doc: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

/** `npm run jejak -- …` in-process, with what it prints. */
async function jejak(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterAll(() => closeCounts());

describe('npm run jejak -- import <file>', () => {
  const tenant = uniqueTenant('kota-bontang');
  const path = file('bontang.json', documentFor('kota-bontang-bkpsdm-2020', tenant));

  it('imports a document into a fresh tenant and prints the result', async () => {
    const run = await jejak('import', path);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({
      tenant,
      agency: 'bkpsdm',
      fiscalYear: 2020,
      eventsAppended: await eventCount(tenant),
    });
  });

  it('appends nothing the second time', async () => {
    const run = await jejak('import', path);
    expect(JSON.parse(run.out)).toMatchObject({ tenant, eventsAppended: 0 });
  });

  it('exits 1 listing the problems of an invalid document, writing nothing', async () => {
    const doc = documentFor('kota-bontang-bkpsdm-2020', tenant);
    spoil(doc, '$.fiscalYear', '2020');
    spoil(doc, '$.realizations[0].indicator', 'X9.9');
    const before = await eventCount(tenant);
    const run = await jejak('import', file('invalid.json', doc));
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toMatchObject({ code: 'IMPORT.INVALID_DOCUMENT' });
    expect(run.err).toContain('$.fiscalYear');
    expect(run.err).toContain('$.realizations[0].indicator');
    expect(await eventCount(tenant)).toBe(before);
  });

  it('exits 1 on a file that is not JSON, and 2 on a usage mistake', async () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ "format": ');
    expect((await jejak('import', notJson)).code).toBe(1);
    expect((await jejak('import')).code).toBe(2);
    const unknown = await jejak('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('import <file.json>');
  });
});

describe('the demo loader (npm start without JEJAK_DEMO=0)', () => {
  let api: E2eApi;
  const docs = [
    documentFor('kota-dumai-bkpsdm-2024', uniqueTenant('kota-dumai')),
    documentFor('kota-bontang-bkpsdm-2020', uniqueTenant('kota-bontang')),
  ] as unknown as InterchangeDocument[];

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('imports the demo documents and opens accounts whose documented password signs in', async () => {
    const tenants = await loadDemo(api.app, api.config, docs);
    expect(tenants.map((t) => t.import.eventsAppended > 0)).toEqual([true, true]);
    const dumai = docs[0].tenant.code;
    expect(tenants[0].accounts.map((a) => [a.email, a.role])).toEqual([
      [`admin@${dumai}.jejak.local`, 'tenant-admin'],
      [`kepala@${dumai}.jejak.local`, 'head-of-agency'],
      [`staf@${dumai}.jejak.local`, 'staff'],
    ]);
    const token = await api.signIn(`kepala@${dumai}.jejak.local`, DEMO_PASSWORD);
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({
      tenant: dumai,
      posts: [expect.objectContaining({ role: 'head-of-agency' })],
    });
  });

  it('appends nothing on a restart', async () => {
    const counts = await Promise.all(docs.map((d) => eventCount(d.tenant.code)));
    const tenants = await loadDemo(api.app, api.config, docs);
    expect(tenants.map((t) => t.import.eventsAppended)).toEqual([0, 0]);
    expect(await Promise.all(docs.map((d) => eventCount(d.tenant.code)))).toEqual(counts);
  });
});
