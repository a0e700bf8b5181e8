import { AgreementVersion } from '@jejak/agreements';
import { agreementDiff } from './agreement-diff';

const scope = { tenant: 'kota-dumai', agency: 'bkpsdm', fiscalYear: 2024 };
const version = (
  n: number,
  target: string,
  fundedBy: string[],
  amounts: [string, string][],
): AgreementVersion => ({
  version: n,
  signedOn: n === 0 ? null : '2024-09-23',
  reason: n === 0 ? null : 'DPPA 2024',
  legalBasis: null,
  targets: [{ indicator: 'S1.1', target, fundedBy }],
  budget: amounts.map(([program, amount]) => ({ program, amount })),
  changes: { targets: [], budget: [] },
});

// Dumai's PK 2024 and its DPPA (fixture): S1.1 stays 254, two programs' budget changes.
const v0 = version(
  0,
  '254',
  ['5.03.02', '5.04.02'],
  [
    ['5.03.01', '6072466298'],
    ['5.03.02', '1315222698'],
  ],
);
const v1 = version(
  1,
  '254',
  ['5.04.02', '5.03.02'],
  [
    ['5.03.02', '1890201398'],
    ['5.03.01', '6357723118'],
  ],
);

describe('two versions of a PK compared', () => {
  it('lists the budget lines before → after and the totals; funding programs compare as a set', () => {
    const diff = agreementDiff(scope, v0, v1);
    expect(diff.targets).toEqual([]);
    expect(diff.budget).toEqual([
      { program: '5.03.02', before: '1315222698', after: '1890201398' },
      { program: '5.03.01', before: '6072466298', after: '6357723118' },
    ]);
    expect(diff.budgetTotal).toEqual({ before: '7387688996', after: '8247924516' });
    expect(diff.to).toMatchObject({ version: 1, signedOn: '2024-09-23', reason: 'DPPA 2024' });
  });

  it('is empty between a version and itself', () => {
    expect(agreementDiff(scope, v1, v1)).toMatchObject({ targets: [], budget: [], budgetTotal: null });
  });
});
