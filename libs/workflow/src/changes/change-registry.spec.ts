import { RequestValidationError } from '@jejak/http';
import { ChangeNotForDocumentType, UnknownChange } from '../domain/workflow.errors';
import { ChangeRegistry } from './change-registry';

// The DPPA of BKPSDM Kota Dumai 2024 (fixtures/kota-dumai-bkpsdm-2024.json): 5.03.01 → 6.357.723.118.
const registry = new ChangeRegistry();
const dppa = {
  agency: 'bkpsdm',
  fiscalYear: 2024,
  signedOn: '2024-09-23',
  reason: 'Perubahan Anggaran 2024 (DPPA BKPSDM Kota Dumai 2024)',
  budget: [{ program: '5.03.01', amount: 6357723118 }],
  targets: [{ indicator: 'S1.1', target: 254.0 }],
};
const pathsOf = async (promise: Promise<unknown>): Promise<string[]> => {
  try {
    await promise;
  } catch (error) {
    return (error as RequestValidationError).errors.map((e) => e.path);
  }
  return [];
};

describe('a proposed change', () => {
  it("is kept in the target command's spelling: amounts and targets as strings", async () => {
    const { change } = await registry.validate('agreement-amendment', {
      command: 'AmendAgreement',
      data: dppa,
    });
    expect(change).toEqual({
      command: 'AmendAgreement',
      data: {
        agency: 'bkpsdm',
        fiscalYear: 2024,
        party: null,
        amendment: null,
        signedOn: '2024-09-23',
        reason: dppa.reason,
        legalBasis: null,
        targets: [{ indicator: 'S1.1', target: '254', fundedBy: null }],
        budget: [{ program: '5.03.01', amount: '6357723118' }],
      },
    });
  });

  it('is refused with 400 naming each malformed field under change.data', async () => {
    const bad = { ...dppa, fiscalYear: '2024', budget: [{ program: '5.03.01', amount: 1.5 }], extra: true };
    const paths = await pathsOf(
      registry.validate('agreement-amendment', { command: 'AmendAgreement', data: bad }),
    );
    expect([...new Set(paths)].sort()).toEqual([
      'change.data.budget[0].amount',
      'change.data.extra',
      'change.data.fiscalYear',
    ]);
  });

  it('of realizations takes exactly one form of measurement per indicator', async () => {
    const data = {
      agency: 'bkpsdm',
      fiscalYear: 2024,
      period: 'FY',
      unit: 'bidang-mutasi-kepangkatan',
      items: [
        { indicator: 'S1.1', value: 279, source: 'KASN' },
        { indicator: 'T1.1', numerator: 1452, denominator: '1693' },
        { indicator: 'P1.1', status: 'pending' },
        { indicator: 'K1.1.1', value: 6, numerator: 6, denominator: 1 },
      ],
    };
    const paths = await pathsOf(registry.validate('realization', { command: 'ReportRealizations', data }));
    expect(paths).toEqual(['change.data.items[3].value']);
    const valid = { ...data, items: data.items.slice(0, 3) };
    const { change } = await registry.validate('realization', { command: 'ReportRealizations', data: valid });
    expect((change.data as { items: unknown[] }).items).toEqual([
      { indicator: 'S1.1', measurement: { kind: 'value', value: '279' }, source: 'KASN' },
      {
        indicator: 'T1.1',
        measurement: { kind: 'ratio', numerator: '1452', denominator: '1693' },
        source: null,
      },
      { indicator: 'P1.1', measurement: { kind: 'pending' }, source: null },
    ]);
  });

  it('travels only under its document types', async () => {
    await expect(
      registry.validate('realization', { command: 'AmendAgreement', data: dppa }),
    ).rejects.toBeInstanceOf(ChangeNotForDocumentType);
  });

  it('is one a context registered', () => {
    expect(() => registry.typeOf('DeleteAgreement')).toThrow(UnknownChange);
  });
});
