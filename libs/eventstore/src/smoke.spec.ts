import { uuidV5 } from './ids';

describe('uuidV5', () => {
  it('gives the RFC 4122 example result for the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});
