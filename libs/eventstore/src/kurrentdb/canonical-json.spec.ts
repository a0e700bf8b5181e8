import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('sorts keys at every depth, whatever order they were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('sorts integer-like keys as strings, not as JavaScript orders them', () => {
    expect(canonicalJson({ 2: 'b', 10: 'a' })).toBe('{"10":"a","2":"b"}');
  });

  it('drops what JSON drops, so a hash survives the round trip through the server', () => {
    const value = {
      gone: undefined,
      fn: () => 1,
      list: [undefined, 1],
      at: new Date('2024-01-01T00:00:00Z'),
      nan: NaN,
    };
    expect(canonicalJson(value)).toBe('{"at":"2024-01-01T00:00:00.000Z","list":[null,1],"nan":null}');
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });

  it('refuses a bigint, as JSON does (money travels as a string)', () => {
    expect(() => canonicalJson({ amount: 10n })).toThrow(TypeError);
  });
});
