import { SCOPE_FIELDS, fieldTokens, rebase, rebaseLists } from './document-paths';

describe('a refusal’s field as a path in the document', () => {
  it('splits a command’s field path into names and indexes', () => {
    expect(fieldTokens('targets[0].fundedBy[1]')).toEqual(['targets', 0, 'fundedBy', 1]);
    expect(fieldTokens('targets.2024')).toEqual(['targets', '2024']);
  });

  it('rebases a field onto the node it came from, quoting a year key', () => {
    const at = rebase('$.agreement.amendments[0]', SCOPE_FIELDS);
    expect(at('budget[2].amount')).toBe('$.agreement.amendments[0].budget[2].amount');
    expect(at('agency')).toBe('$.agency.code');
    expect(at('')).toBe('$.agreement.amendments[0]');
  });

  it('renames what the document spells otherwise, and points at the item for what it holds by place', () => {
    const lists = {
      indicators: ['$.plan.goals[0].indicators[0]', '$.plan.goals[0].objectives[0].indicators[0]'],
    };
    const at = rebaseLists('$.plan', lists, { dataSource: 'source', parent: null, period: '$.plan.period' });
    expect(at('indicators[1].targets.2025')).toBe(
      "$.plan.goals[0].objectives[0].indicators[0].targets['2025']",
    );
    expect(at('indicators[0].dataSource')).toBe('$.plan.goals[0].indicators[0].source');
    expect(at('indicators[0].parent')).toBe('$.plan.goals[0].indicators[0]');
    expect(at('period.to')).toBe('$.plan.period.to');
  });

  it('treats a field named like an object’s own property as a plain name', () => {
    expect(rebase('$.tenant', SCOPE_FIELDS)('constructor')).toBe('$.tenant.constructor');
  });
});
