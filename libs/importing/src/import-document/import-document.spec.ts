import { AgreementAmended, AgreementSigned } from '@jejak/agreements';
import { AppendOptions, NewEvent, RecordedEvent } from '@jejak/eventstore';
import { InMemoryEventStore } from '@jejak/testing';
import { conventionsFor } from '@jejak/measurement';
import { ConventionsChanged } from '@jejak/tenancy';
import { FIXTURES, readFixture, spoil } from '../../../../test/fixtures/fixtures';
import { ImportInterrupted, ImportRefused, InvalidDocument } from '../domain/import.errors';
import { REASON_NOT_GIVEN } from '../steps/agreement.steps';
import { ImportDocumentCommand } from './import-document.command';
import { ImportDocumentHandler } from './import-document.handler';

const importer = { account: 'acc-platform-admin', name: 'Platform administrator' };
type Doc = Record<string, unknown> & { tenant: { code: string } };
const fixture = (name: string): Doc => readFixture<Doc>(`${name}.json`);
const dumai = () => fixture('kota-dumai-bkpsdm-2024');

async function refusal(
  promise: Promise<unknown>,
): Promise<ImportRefused | InvalidDocument | ImportInterrupted> {
  try {
    await promise;
  } catch (error) {
    return error as ImportRefused;
  }
  throw new Error('the import was not refused');
}

let store: InMemoryEventStore;
let handler: ImportDocumentHandler;
const send = (doc: unknown) => handler.execute(new ImportDocumentCommand(doc, importer));
const ofType = <E>(type: string) =>
  store.events.filter((e) => e.type === type) as unknown as (RecordedEvent & E)[];

beforeEach(() => {
  store = new InMemoryEventStore();
  handler = new ImportDocumentHandler(store);
});

describe('importing a sakip-interchange/1 document', () => {
  it.each(FIXTURES)('imports the fixture %s and counts every event it appends', async (name) => {
    const result = await send(fixture(name));
    const doc = fixture(name) as Doc & { agency: { code: string }; fiscalYear: number };
    expect(result).toEqual({
      tenant: doc.tenant.code,
      agency: doc.agency.code,
      fiscalYear: doc.fiscalYear,
      eventsAppended: store.events.length,
    });
    expect(result.eventsAppended).toBeGreaterThan(0);
  });

  it('appends nothing when the same document is imported again', async () => {
    await send(dumai());
    const before = store.events.length;
    expect((await send(dumai())).eventsAppended).toBe(0);
    expect(store.events).toHaveLength(before);
  });

  it('records every fact as an import by the importing account', async () => {
    await send(dumai());
    for (const event of store.events) {
      expect(event.metadata).toMatchObject({ source: 'import', actor: importer, tenantId: 'kota-dumai' });
    }
  });

  it('dates facts by the document and leaves undated ones undated (Dumai PK: unsigned date, DPPA 2024-09-23)', async () => {
    await send(dumai());
    const [signed] = ofType<AgreementSigned>('AgreementSigned');
    expect(signed.data.signedOn).toBeNull();
    expect(signed.metadata.occurredAt).toBeNull();
    const [amended] = ofType<AgreementAmended>('AgreementAmended');
    expect(amended.data).toMatchObject({ amendment: 1, signedOn: '2024-09-23' });
    expect(amended.metadata.occurredAt).toBe('2024-09-23T00:00:00.000Z');
    expect(ofType('RenstraAdopted')[0].metadata.occurredAt).toBeNull(); // the plan gives no adoptedOn
  });

  it('records the DPPA ceiling of each budget line and what was spent in the year (5.03.01: 6.357.723.118 / 6.095.908.933)', async () => {
    await send(dumai());
    const line = (type: string) =>
      store.events.find((e) => e.type === type && (e.data as { code: string }).code === '5.03.01')?.data;
    expect(line('BudgetAllocated')).toMatchObject({ level: 'program', allocation: '6357723118' });
    expect(line('BudgetRealized')).toMatchObject({ period: 'FY', realized: '6095908933' });
  });

  it('gives an amendment without a reason a placeholder that says so', async () => {
    const doc = dumai();
    spoil(doc, '$.agreement.amendments[0].reason', null);
    await send(doc);
    expect(ofType<AgreementAmended>('AgreementAmended')[0].data.reason).toBe(REASON_NOT_GIVEN);
  });
});

describe('a tenant the document creates', () => {
  it('takes its kind from the name when the document leaves it out ("Pemerintah Kota Dumai")', async () => {
    const doc = dumai();
    spoil(doc, '$.tenant.kind');
    await send(doc);
    expect(ofType('TenantCreated')[0].data).toMatchObject({ tenantId: 'kota-dumai', kind: 'kota' });
  });

  it('is refused, nothing written, when neither the document nor the name says its kind', async () => {
    const doc = dumai();
    spoil(doc, '$.tenant.kind');
    spoil(doc, '$.tenant.name', 'Pemerintah Dumai');
    const error = await refusal(send(doc));
    expect((error as ImportRefused).problems).toEqual([
      expect.objectContaining({
        path: '$.tenant.kind',
        code: 'IMPORT.TENANT_KIND_REQUIRED',
        command: 'CreateTenant',
      }),
    ]);
    expect(store.events).toEqual([]);
  });
});

describe('an invalid document', () => {
  it('is refused with every problem by path (422), nothing written', async () => {
    const doc = dumai();
    spoil(doc, '$.fiscalYear', '2024');
    spoil(doc, '$.realizations[0].indicator', 'X9.9');
    const error = await refusal(send(doc));
    expect(error).toBeInstanceOf(InvalidDocument);
    expect(error).toMatchObject({ status: 422, code: 'IMPORT.INVALID_DOCUMENT' });
    expect((error as InvalidDocument).problems.map((p) => p.path).sort()).toEqual([
      '$.fiscalYear',
      '$.realizations[0].indicator',
    ]);
    expect(store.events).toEqual([]);
  });

  it('is refused with 400 when it is not a JSON object at all', async () => {
    const error = await refusal(send([dumai()]));
    expect(error).toMatchObject({ status: 400, code: 'IMPORT.NOT_A_DOCUMENT' });
  });
});

describe('a valid document that conflicts with what is recorded', () => {
  it('is refused naming the command and the path, and writes nothing, not even what is new in it', async () => {
    await send(dumai());
    const before = store.events.length;
    const doc = dumai();
    spoil(doc, "$.plan.goals[0].objectives[0].indicators[0].targets['2025']", 300); // S1.1: 255 in the Renstra
    spoil(doc, '$.agency.units[6]', { code: 'bidang-baru', name: 'Bidang Baru', parent: null });
    const error = await refusal(send(doc));
    expect(error).toBeInstanceOf(ImportRefused);
    expect((error as ImportRefused).problems).toEqual([
      expect.objectContaining({
        command: 'DefinePlanElements',
        code: 'PLANNING.DEFINED_DIFFERENTLY',
        path: expect.stringMatching(/^\$\.plan\.goals\[0\]\.objectives\[0\]\.indicators\[0\]\.targets/),
      }),
    ]);
    expect(store.events).toHaveLength(before);
  });

  it('is answered 409 when a stream changes between the dry run and the write', async () => {
    class Interfering extends InMemoryEventStore {
      private interfered = false;
      override async appendToStream(stream: string, events: readonly NewEvent[], options?: AppendOptions) {
        if (!this.interfered) {
          this.interfered = true;
          const other = { ...events[0], id: '00000000-0000-4000-8000-0000000000ff' };
          await super.appendToStream(stream, [other]);
        }
        return super.appendToStream(stream, events, options);
      }
    }
    handler = new ImportDocumentHandler(new Interfering());
    const error = await refusal(send(dumai()));
    expect(error).toBeInstanceOf(ImportInterrupted);
    expect(error).toMatchObject({ status: 409, stream: 'kota-dumai/tenant', eventsAppended: 0 });
  });
});

describe('conventions', () => {
  it('become the tenant’s from the fiscal year on; an earlier year imported later leaves the later year as it was', async () => {
    await send(dumai());
    const earlier = dumai();
    spoil(earlier, '$.fiscalYear', 2022);
    spoil(earlier, '$.history');
    spoil(earlier, '$.conventions.rounding.mode', 'truncate');
    await send(earlier);
    const versions = ofType<ConventionsChanged>('ConventionsChanged').map((e) => e.data);
    expect(versions.map((v) => [v.version, v.fromFiscalYear])).toEqual([
      [1, 2024],
      [2, 2022],
    ]);
    expect(conventionsFor(2024, versions).version).toBe(1);
    expect(conventionsFor(2023, versions).conventions.rounding.mode).toBe('truncate');
  });
});
