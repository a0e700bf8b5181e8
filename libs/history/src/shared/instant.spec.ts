import { instantOf } from './instant';

describe('the instant a parameter names', () => {
  it('is the whole day, in UTC, for a bare date: its first or last millisecond', () => {
    expect(instantOf('2024-09-23', 'start').toISOString()).toBe('2024-09-23T00:00:00.000Z');
    expect(instantOf('2024-09-23', 'end').toISOString()).toBe('2024-09-23T23:59:59.999Z');
  });

  it('is itself for an instant with its time zone (WIB is UTC+7)', () => {
    expect(instantOf('2024-09-23T08:00:00+07:00', 'end').toISOString()).toBe('2024-09-23T01:00:00.000Z');
  });
});
