import { readFixture, spoil } from '../../../../test/fixtures/fixtures';
import { validateInterchange } from './validate-interchange';

/** Kota Dumai 2024 with one change; the problems it then has, as path → code. */
function problemsAfter(path: string, value: unknown): Record<string, string> {
  const doc = readFixture('kota-dumai-bkpsdm-2024.json');
  spoil(doc, path, value);
  const result = validateInterchange(doc);
  return result.ok ? {} : Object.fromEntries(result.errors.map((p) => [p.path, p.code]));
}

describe('codes', () => {
  it('are unique among indicators', () => {
    expect(problemsAfter('$.plan.goals[0].objectives[0].indicators[0].code', 'T1.1')).toEqual({
      '$.plan.goals[0].objectives[0].indicators[0].code': 'INTERCHANGE.DUPLICATE_CODE',
      // S1.1, now undefined, was agreed and realized
      '$.agreement.targets[0].indicator': 'INTERCHANGE.UNKNOWN_INDICATOR',
      '$.agreement.amendments[0].targets[0].indicator': 'INTERCHANGE.UNKNOWN_INDICATOR',
      '$.realizations[1].indicator': 'INTERCHANGE.UNKNOWN_INDICATOR',
    });
  });

  it('are unique across programs, kegiatan and sub kegiatan, which budget lines name alike', () => {
    expect(
      problemsAfter('$.plan.programs[2].activities[1].subActivities[1]', { code: '5.03.01', name: 'x' }),
    ).toEqual({
      '$.plan.programs[2].activities[1].subActivities[1].code': 'INTERCHANGE.DUPLICATE_CODE',
    });
  });

  it('are unique among goals and among objectives', () => {
    expect(problemsAfter('$.plan.goals[1]', { code: 'T1', statement: 'lagi' })).toEqual({
      '$.plan.goals[1].code': 'INTERCHANGE.DUPLICATE_CODE',
    });
    expect(problemsAfter('$.plan.goals[0].objectives[1]', { code: 'S1', statement: 'lagi' })).toEqual({
      '$.plan.goals[0].objectives[1].code': 'INTERCHANGE.DUPLICATE_CODE',
    });
  });
});

describe('references', () => {
  it('name an existing program in the agreement budget and its amendments', () => {
    expect(problemsAfter('$.agreement.amendments[0].budget[2].program', '5.99.99')).toEqual({
      '$.agreement.amendments[0].budget[2].program': 'INTERCHANGE.UNKNOWN_PROGRAM',
    });
  });

  it('name an existing indicator in the targets of an amendment', () => {
    expect(problemsAfter('$.agreement.amendments[0].targets[0].indicator', 'S9.9')).toEqual({
      '$.agreement.amendments[0].targets[0].indicator': 'INTERCHANGE.UNKNOWN_INDICATOR',
    });
  });

  it('name an existing program, kegiatan or sub kegiatan in budget realizations', () => {
    expect(problemsAfter('$.budgetRealizations[5].code', '5.03.01.2.99')).toEqual({
      '$.budgetRealizations[5].code': 'INTERCHANGE.UNKNOWN_BUDGET_CODE',
    });
  });

  it('name an existing objective for a program', () => {
    expect(problemsAfter('$.plan.programs[1].objectives[0]', 'S9')).toEqual({
      '$.plan.programs[1].objectives[0]': 'INTERCHANGE.UNKNOWN_OBJECTIVE',
    });
  });

  it('name an existing parent unit', () => {
    expect(problemsAfter('$.agency.units[1].parent', 'sekretariat-lama')).toEqual({
      '$.agency.units[1].parent': 'INTERCHANGE.UNKNOWN_UNIT',
    });
  });

  it('let history keep a retired indicator only when the entry names it', () => {
    expect(problemsAfter('$.history[0].name', null)).toEqual({
      '$.history[0].indicator': 'INTERCHANGE.UNKNOWN_INDICATOR',
    });
    expect(problemsAfter('$.history[0].indicator', 'OLD.9')).toEqual({});
  });
});
