import { conventionsV3, facts, item, line } from '../testing/agency-year.spec-data';
import { budgetView } from './budget-tree';

// Kota Dumai 2024, Program Kepegawaian Daerah and Program Pengembangan SDM (DPPA ceilings,
// fixtures/kota-dumai-bkpsdm-2024.notes.md, "Budget").
const kepegawaian = line('5.03.02', 'program', 1890201398n, 1446700320n);
const mutasi = line('5.03.02.2.02', 'activity', 279895373n, 257456587n);
const mutasiAsn = line('5.03.02.2.02.0001', 'subActivity', 199906524n, 177548624n);
const kenaikanPangkat = line('5.03.02.2.02.0002', 'subActivity', 79988849n, 79907963n);
const sdm = line('5.04.02', 'program', 178918404n, 141160000n);
const plan = [
  item('5.03.02', 'program', null),
  item('5.03.02.2.02', 'activity', '5.03.02'),
  item('5.03.02.2.02.0001', 'subActivity', '5.03.02.2.02'),
  item('5.03.02.2.02.0002', 'subActivity', '5.03.02.2.02'),
  item('5.04.02', 'program', null),
  item('5.05.01', 'program', null),
];

describe('the budget of an agency-year', () => {
  const budgetLines = [kepegawaian, mutasi, mutasiAsn, kenaikanPangkat, sdm];
  const view = budgetView(facts({ budgetLines, budgetItems: plan }), conventionsV3);

  it('nests sub kegiatan under their kegiatan and kegiatan under their program, with names', () => {
    expect(view.programs.map((p) => p.code)).toEqual(['5.03.02', '5.04.02']);
    const [activity] = view.programs[0].activities;
    expect(activity).toMatchObject({ code: '5.03.02.2.02', name: 'Nama 5.03.02.2.02', absorption: '91.98' });
    expect(activity.subActivities.map((s) => [s.code, s.absorption])).toEqual([
      ['5.03.02.2.02.0001', '88.82'],
      ['5.03.02.2.02.0002', '99.90'],
    ]);
  });

  it('shows money as strings of digits and absorption rounded by the conventions', () => {
    expect(view.programs[1]).toEqual({
      code: '5.04.02',
      name: 'Nama 5.04.02',
      allocation: '178918404',
      realized: '141160000',
      absorption: '78.90',
      conventionsVersion: 3,
      activities: [],
    });
  });

  it('totals the programs, the sums divided: 1 587 860 320 ÷ 2 069 119 802 = 76.74 %', () => {
    expect(view.total).toEqual({
      allocation: '2069119802',
      realized: '1587860320',
      absorption: '76.74',
      conventionsVersion: 3,
    });
  });

  it('lists only budgeted lines: a Renstra program that did not run has none', () => {
    expect(view.programs.some((p) => p.code === '5.05.01')).toBe(false);
  });

  it('places a line the plan does not hold under the budgeted code it extends, unnamed', () => {
    const extra = line('5.04.02.2.01', 'activity', 48130660n, 21670000n);
    const placed = budgetView(facts({ budgetLines: [sdm, extra], budgetItems: plan }), conventionsV3);
    expect(placed.programs[0].activities).toEqual([
      expect.objectContaining({ code: '5.04.02.2.01', name: null }),
    ]);
  });

  it('has no realized figure or absorption before a realization is reported, nor a total', () => {
    const unreported = line('5.04.02', 'program', 178918404n, null);
    const early = budgetView(
      facts({ budgetLines: [kepegawaian, unreported], budgetItems: plan }),
      conventionsV3,
    );
    expect(early.programs[1]).toMatchObject({ realized: null, absorption: null });
    expect(early.total).toMatchObject({ allocation: '2069119802', realized: null, absorption: null });
  });
});
