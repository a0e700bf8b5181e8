import { InterchangeDocument } from '@jejak/interchange';
import { readFixture } from '../../../../test/fixtures/fixtures';
import { importCommandId, importScope, importSteps } from './import-steps';
import { unitsInTreeOrder } from './tenancy.steps';

const dumai = () => readFixture<InterchangeDocument>('kota-dumai-bkpsdm-2024.json');

describe('the commands an import sends', () => {
  it('follow the order officials work in: tenancy, plan, agreement, ledger', () => {
    const commands = [...new Set(importSteps(dumai()).map((s) => s.command))];
    expect(commands).toEqual([
      'CreateTenant',
      'CreateAgency',
      'CreateUnit',
      'ChangeConventions',
      'AdoptRenstra',
      'DefinePlanElements',
      'RecordHistoricalResults',
      'DraftAgreement',
      'SignAgreement',
      'AmendAgreement',
      'ReportRealization',
      'AllocateBudget',
      'ReportBudgetRealization',
      'RecordEvaluation',
      'PlanFollowUp',
      'ReportFollowUpProgress',
    ]);
  });

  it('have keys unique within the document', () => {
    const keys = importSteps(dumai()).map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('carry the document’s dates, and null where it gives none', () => {
    const dated = Object.fromEntries(importSteps(dumai()).map((s) => [s.key, s.occurredAt]));
    expect(dated['agreement:sign']).toBeNull(); // Dumai's PK 2024 is printed undated
    expect(dated['agreement:amend:1']).toBe('2024-09-23T00:00:00.000Z');
    expect(dated['renstra:adopt']).toBeNull();
  });

  it('create parent units before their children, whatever the document’s order', () => {
    const units = [
      { code: 'subbag-a', name: 'A', parent: 'sekretariat' },
      { code: 'sekretariat', name: 'Sekretariat', parent: null },
    ];
    expect(unitsInTreeOrder(units).map((u) => [u.unit.code, u.index])).toEqual([
      ['sekretariat', 1],
      ['subbag-a', 0],
    ]);
  });

  it('are named by the document, the step and the stream revision: the same again is the same command', () => {
    const scope = importScope(dumai());
    const step = { key: 'renstra:elements' };
    expect(importCommandId(scope, step, 3)).toBe(importCommandId(scope, step, 3));
    expect(importCommandId(scope, step, 4)).not.toBe(importCommandId(scope, step, 3));
    expect(importCommandId({ ...scope, fiscalYear: 2023 }, step, 3)).not.toBe(
      importCommandId(scope, step, 3),
    );
  });
});
