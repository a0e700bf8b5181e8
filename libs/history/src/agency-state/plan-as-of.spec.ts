import { IndicatorDefinition, RenstraState, renstraDecider } from '@jejak/planning';
import { foldAsOf } from '../domain/as-of';
import { streamOf } from '../testing/recorded-events';
import { planAsOf, planFacts } from './plan-as-of';

const indicator = (
  code: string,
  targets: Record<string, string>,
  replaces: string[] = [],
): IndicatorDefinition => ({
  code,
  name: `Indikator ${code}`,
  unit: '%',
  polarity: 'higher',
  level: 'objective',
  parent: 'S1',
  definition: null,
  dataSource: null,
  baseline: null,
  targets,
  validFrom: null,
  validTo: null,
  replaces,
});

// As DOMAIN.md tells of one seed: indicators replaced by another from 2024 on.
const events = streamOf('renstra-bkpsdm-2021-2026', [
  {
    type: 'RenstraAdopted',
    data: {
      agency: 'bkpsdm',
      title: 'Renstra BKPSDM 2021-2026',
      period: { from: 2021, to: 2026 },
      adoptedOn: null,
    },
  },
  { type: 'IndicatorDefined', data: indicator('S1.9', { '2023': '60' }) },
  { type: 'IndicatorDefined', data: indicator('S1.1', { '2024': '254', '2025': '255' }, ['S1.9']) },
  { type: 'IndicatorReplaced', data: { code: 'S1.9', replacedBy: 'S1.1', validTo: 2023 } },
  {
    type: 'ProgramDefined',
    data: { code: '5.03.02', name: 'Program Kepegawaian Daerah', objectives: ['S1'] },
  },
  {
    type: 'ActivityDefined',
    data: { code: '5.03.02.2.01', program: '5.03.02', name: 'Kepegawaian', unit: null },
  },
]);

function plan(named: string[] = []) {
  const folded = foldAsOf<RenstraState>(renstraDecider, events, 'recorded');
  if (folded.state.status !== 'adopted') throw new Error('not adopted');
  return planAsOf('kota-dumai/renstra-bkpsdm-2021-2026', folded.state, 5, 2024, new Set(named));
}

describe('the Renstra of a year as it stood', () => {
  it('holds the indicators in force in the year, with the year’s target', () => {
    expect(plan().indicators).toEqual([
      expect.objectContaining({
        code: 'S1.1',
        target: '254',
        validFrom: 2021,
        validTo: 2026,
        inForce: true,
        replaces: ['S1.9'],
      }),
    ]);
  });

  it('holds a replaced indicator too when the year names it, marked not in force', () => {
    expect(plan(['S1.9']).indicators.map((i) => [i.code, i.inForce, i.validTo])).toEqual([
      ['S1.1', true, 2026],
      ['S1.9', false, 2023],
    ]);
  });

  it('gives the computed views its indicators and the budget tree', () => {
    const facts = planFacts(plan());
    expect(facts.indicators.map((i) => i.code)).toEqual(['S1.1']);
    expect(facts.budgetItems).toEqual([
      { code: '5.03.02', level: 'program', parent: null, name: 'Program Kepegawaian Daerah' },
      { code: '5.03.02.2.01', level: 'activity', parent: '5.03.02', name: 'Kepegawaian' },
    ]);
    expect(plan().period).toBe('2021-2026');
  });
});
