import { csvCell, toCsv } from './csv';

describe('a CSV cell (RFC 4180)', () => {
  it('is quoted when it holds a comma, a quote or a line break, its quotes doubled', () => {
    expect(csvCell('Pergeseran anggaran, sesuai "DPPA II"')).toBe(
      '"Pergeseran anggaran, sesuai ""DPPA II"""',
    );
    expect(csvCell('baris\r\nkedua')).toBe('"baris\r\nkedua"');
    expect(csvCell('S1.1')).toBe('S1.1');
  });

  it('is empty for nothing, and keeps numbers as they are, negative ones too', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(6357723118)).toBe('6357723118');
    expect(csvCell('-2.5')).toBe('-2.5');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('a CSV document', () => {
  it('has a header line and a line per row, each ending in CRLF', () => {
    const columns = [
      ['program', (r: { p: string; a: number }) => r.p],
      ['amount', (r: { p: string; a: number }) => r.a],
    ] as const;
    expect(toCsv(columns, [{ p: '5.03.01', a: 6357723118 }])).toBe(
      'program,amount\r\n5.03.01,6357723118\r\n',
    );
  });
});
