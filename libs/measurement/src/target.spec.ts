import { agreementVersions, budgetTotal, currentAgreement, targetFor } from './target';

const agreement = {
  targets: [{ indicator: 'S1.1', target: 250, fundedBy: ['5.03.02'] }],
  budget: [{ program: '5.03.02', amount: 1315222698 }],
  amendments: [
    { targets: [{ indicator: 'S1.1', target: 254 }] },
    { budget: [{ program: '5.03.02', amount: 1890201398 }] },
  ],
};

describe('agreement versions', () => {
  it('count the original and one per amendment', () => {
    expect(agreementVersions(agreement)).toHaveLength(3);
  });

  it('let an amendment replace only the lists it carries', () => {
    const [, second, third] = agreementVersions(agreement);
    expect(second.budget).toEqual(agreement.budget);
    expect(third.targets).toEqual([{ indicator: 'S1.1', target: 254 }]);
    expect(budgetTotal(currentAgreement(agreement).budget)).toBe(1890201398n);
  });
});

describe('target in the fiscal year', () => {
  it('is the agreement target after the last amendment', () => {
    expect(targetFor({ code: 'S1.1', targets: { '2024': 240 } }, 2024, agreement)?.toString()).toBe('254');
  });

  it('is the plan target of the year for an indicator not in the agreement', () => {
    expect(targetFor({ code: 'P2.1', targets: { '2024': 99.55 } }, 2024, agreement)?.toString()).toBe(
      '99.55',
    );
  });

  it('is absent when neither states one for the year', () => {
    expect(targetFor({ code: 'P2.1', targets: { '2025': 100 } }, 2024, agreement)).toBeNull();
    expect(targetFor({ code: 'P2.1', targets: { '2024': null } }, 2024, null)).toBeNull();
  });
});
