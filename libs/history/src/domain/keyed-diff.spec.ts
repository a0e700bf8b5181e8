import { diffBy, sameValue, valueChange } from './keyed-diff';

// Dumai's PK budget before and after the DPPA 2024 (fixture).
const before = [
  { program: '5.03.01', amount: '6072466298' },
  { program: '5.03.02', amount: '1315222698' },
  { program: '5.04.02', amount: '178918404' },
];
const after = [
  { program: '5.04.02', amount: '178918404' },
  { program: '5.03.01', amount: '6357723118' },
  { program: '5.03.02', amount: '1890201398' },
];

describe('a keyed diff', () => {
  it('lists the lines that differ, matched by key whatever their order', () => {
    expect(
      diffBy(
        before,
        after,
        (l) => l.program,
        (l) => l.amount,
      ),
    ).toEqual([
      { key: '5.03.01', before: '6072466298', after: '6357723118' },
      { key: '5.03.02', before: '1315222698', after: '1890201398' },
    ]);
  });

  it('shows an added line with nothing before, a removed one with nothing after', () => {
    const changes = diffBy(
      before.slice(0, 2),
      [before[0], before[2]],
      (l) => l.program,
      (l) => l.amount,
    );
    expect(changes).toEqual([
      { key: '5.04.02', before: null, after: '178918404' },
      { key: '5.03.02', before: '1315222698', after: null },
    ]);
  });

  it('compares objects by their content, not the order of their keys', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(valueChange({ version: 1 }, { version: 1 })).toBeNull();
    expect(valueChange(1, 2)).toEqual({ before: 1, after: 2 });
  });
});
