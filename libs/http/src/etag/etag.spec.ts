import { HttpProblem } from '../problem/problem';
import { etagOf, parseIfMatch } from './etag';

describe('ETag and If-Match', () => {
  it('round-trips a revision', () => {
    expect(etagOf(3)).toBe('"3"');
    expect(parseIfMatch(etagOf(3))).toBe(3);
    expect(parseIfMatch('W/"0"')).toBe(0);
  });

  it('treats no header and * as no precondition', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('*')).toBeUndefined();
  });

  it.each(['3', '"-1"', '"a"', '"1", "2"', '', 'W/3', '"12345678901234567"'])(
    'refuses %p as malformed (400)',
    (header) => {
      expect(() => parseIfMatch(header)).toThrow(HttpProblem);
      try {
        parseIfMatch(header);
      } catch (error) {
        expect((error as HttpProblem).getStatus()).toBe(400);
      }
    },
  );
});
