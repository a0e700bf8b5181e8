import { documentConventions, InterchangeDocument } from '@jejak/interchange';
import { readFixture, spoil } from '../../../../test/fixtures/fixtures';
import { documentFacts } from '../testing/document-facts';
import { checkAgencyYear } from './consistency-checks';

const findingsOf = (doc: InterchangeDocument) =>
  checkAgencyYear(documentFacts(doc), documentConventions(doc));
const summary = (doc: InterchangeDocument) =>
  findingsOf(doc).map((f) => [f.code, f.refs.indicator ?? f.refs.code ?? null]);

const dumai = () => readFixture<InterchangeDocument>('kota-dumai-bkpsdm-2024.json');
const bontang = () => readFixture<InterchangeDocument>('kota-bontang-bkpsdm-2020.json');
const budgetLine = (doc: InterchangeDocument, code: string) =>
  `$.budgetRealizations[${doc.budgetRealizations!.findIndex((l) => l.code === code)}]`;

describe('the checks on the fixtures as corrected', () => {
  it('find in Kota Dumai 2024 only the four achievements above 150 %', () => {
    // SK2.2.1.1 294/150, SK2.3.1.1 115/55, SK2.4.3.1 622/200, P3.1 10.3/6 (kota-dumai-bkpsdm-2024.expected.json)
    expect(summary(dumai())).toEqual([
      ['PERFORMANCE.ACHIEVEMENT_ABOVE_150', 'SK2.2.1.1'],
      ['PERFORMANCE.ACHIEVEMENT_ABOVE_150', 'SK2.3.1.1'],
      ['PERFORMANCE.ACHIEVEMENT_ABOVE_150', 'SK2.4.3.1'],
      ['PERFORMANCE.ACHIEVEMENT_ABOVE_150', 'P3.1'],
    ]);
  });

  it('find in Kota Bontang 2020 only the five achievements above 150 %', () => {
    // K1.8.1 173.33, K3.4.1 433.33, K4.2.1 180, K4.7.1 725, K4.12.1 192 (kota-bontang-bkpsdm-2020.expected.json)
    expect(summary(bontang())).toEqual([
      ['PERFORMANCE.ACHIEVEMENT_ABOVE_150', 'K1.8.1'],
      ['PERFORMANCE.ACHIEVEMENT_ABOVE_150', 'K3.4.1'],
      ['PERFORMANCE.ACHIEVEMENT_ABOVE_150', 'K4.2.1'],
      ['PERFORMANCE.ACHIEVEMENT_ABOVE_150', 'K4.7.1'],
      ['PERFORMANCE.ACHIEVEMENT_ABOVE_150', 'K4.12.1'],
    ]);
  });
});

describe('the checks on the figures the printed reports give', () => {
  it('catch the T32 header typos of Kota Bontang (notes §2.2, §2.3): programs not the sum of their kegiatan', () => {
    const doc = bontang();
    spoil(doc, `${budgetLine(doc, 'PRG.02')}.realized`, 733703000);
    spoil(doc, `${budgetLine(doc, 'PRG.04')}.realized`, 1800312753);
    const found = findingsOf(doc).filter((f) => f.code === 'BUDGET.REALIZED_PARTS_MISMATCH');
    expect(found.map((f) => [f.refs.code, f.refs.difference])).toEqual([
      ['PRG.02', '-600'],
      ['PRG.04', '-5000'],
    ]);
  });

  it('catch the target 75 of Kota Bontang’s first Lampiran 4 rendering against the Renstra’s 72 (notes §2.1)', () => {
    const doc = bontang();
    spoil(doc, '$.agreement.targets[0].target', 75);
    spoil(doc, '$.agreement.amendments[0].targets[0].target', 75);
    expect(summary(doc)).toContainEqual(['AGREEMENT.TARGET_DIFFERS_FROM_RENSTRA', 'S1.1']);
  });

  it('catch Kota Dumai’s Lampiran 2 ceiling of Kepegawaian Daerah against the amended PK (notes §6)', () => {
    // 1.790.211.798 in Lampiran 2 against 1.890.201.398 in the DPPA, the PK and its kegiatan
    const doc = dumai();
    spoil(doc, `${budgetLine(doc, '5.03.02')}.allocation`, 1790211798);
    const found = findingsOf(doc).filter((f) => f.severity === 'error');
    expect(found.map((f) => [f.code, f.refs.difference])).toEqual([
      ['BUDGET.ALLOCATION_PARTS_MISMATCH', '-99989600'],
      ['AGREEMENT.BUDGET_NOT_CEILING', '99989600'],
    ]);
  });

  it('catch Kota Dumai’s DPA ceiling of Pengelolaan Mutasi ASN, overspent by the year’s realization (notes §6)', () => {
    const doc = dumai();
    spoil(doc, `${budgetLine(doc, '5.03.02.2.02.0001')}.allocation`, 99916924);
    expect(summary(doc)).toContainEqual(['BUDGET.REALIZED_ABOVE_ALLOCATION', '5.03.02.2.02.0001']);
  });

  it('catch a retired IKU of Kota Dumai reported in 2024, after S1.1 replaced it (notes §16)', () => {
    const doc = dumai();
    spoil(doc, `$.realizations[${doc.realizations!.length}]`, {
      indicator: 'OLD.1',
      period: 'FY',
      value: 100,
    });
    expect(summary(doc)).toEqual(
      expect.arrayContaining([
        ['REALIZATION.WITHOUT_TARGET', 'OLD.1'],
        ['INDICATOR.REPLACED_BUT_REPORTED', 'OLD.1'],
      ]),
    );
  });
});
