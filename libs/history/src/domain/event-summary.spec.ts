import { summarize } from './event-summary';

describe('an event summarized in Bahasa Indonesia', () => {
  it('names a PK Perubahan with its number, date and reason (Dumai’s DPPA 2024, fixture)', () => {
    const data = {
      amendment: 1,
      signedOn: '2024-09-23',
      reason: 'Perubahan Anggaran 2024 (DPPA BKPSDM Kota Dumai 2024)',
    };
    expect(summarize({ type: 'AgreementAmended', data, fiscalYear: 2024 })).toBe(
      'Perjanjian Kinerja 2024 diubah (perubahan ke-1) pada 23 September 2024: Perubahan Anggaran 2024 (DPPA BKPSDM Kota Dumai 2024)',
    );
  });

  it('prints money and decimals the Indonesian way', () => {
    const allocated = { code: '5.03.01', allocation: '6357723118', basis: 'Pagu akhir TA 2024' };
    expect(summarize({ type: 'BudgetAllocated', data: allocated, fiscalYear: 2024 })).toBe(
      'Pagu 5.03.01 TA 2024 ditetapkan Rp 6.357.723.118 (Pagu akhir TA 2024)',
    );
    const reported = { indicator: 'T1.1', period: 'FY', measurement: { kind: 'value', value: '77.3' } };
    expect(summarize({ type: 'RealizationReported', data: reported, fiscalYear: 2024 })).toBe(
      'Realisasi T1.1 tahunan TA 2024 dilaporkan: 77,3',
    );
  });

  it('names an LHE by its letter, score, grade and recommendations (Dumai’s LHE for 2023, fixture)', () => {
    const data = {
      letterNumber: '700/1320.1/INSP-S',
      total: '70.5',
      grade: 'BB',
      recommendations: [{}, {}, {}],
    };
    expect(summarize({ type: 'EvaluationRecorded', data, fiscalYear: 2023 })).toBe(
      'LHE SAKIP TA 2023 dicatat (surat 700/1320.1/INSP-S): nilai 70,5, predikat BB, 3 rekomendasi',
    );
    expect(
      summarize({
        type: 'FollowUpPlanned',
        data: { recommendation: 1, due: '2024-02-05' },
        fiscalYear: 2023,
      }),
    ).toBe('Rencana aksi tindak lanjut rekomendasi 1 disusun, tenggat 5 Februari 2024');
  });

  it('says a pending realization is not yet available, never zero', () => {
    const pending = { indicator: 'S1.1', period: 'Q2', measurement: { kind: 'pending' } };
    expect(summarize({ type: 'RealizationReported', data: pending, fiscalYear: 2024 })).toBe(
      'Realisasi S1.1 Triwulan II TA 2024 dilaporkan: belum tersedia',
    );
  });

  it('names no person in an account’s summary (the actor columns do, and can be erased)', () => {
    const data = { accountId: 'a-1', email: 'rahmat@dumai.go.id', displayName: 'Rahmat Hidayat', posts: [] };
    expect(summarize({ type: 'AccountCreated', data, fiscalYear: null })).not.toMatch(/Rahmat|@/);
  });

  it('still says something for an unknown type or an old shape missing fields', () => {
    expect(summarize({ type: 'RubricPublished', data: {}, fiscalYear: 2024 })).toBe(
      'Peristiwa RubricPublished dicatat',
    );
    expect(
      summarize({ type: 'AgreementDrafted', data: { budget: [{ amount: 'x' }] }, fiscalYear: 2024 }),
    ).toBe('Peristiwa AgreementDrafted dicatat');
    expect(summarize({ type: 'AgreementSigned', data: null, fiscalYear: null })).toBe(
      'Perjanjian Kinerja ? ditandatangani (dokumen tanpa tanggal)',
    );
  });
});
