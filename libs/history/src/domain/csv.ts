export type CsvCell = string | number | null | undefined;

const NUMBER = /^-?\d+(\.\d+)?$/;
/** What a spreadsheet would run as a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Free text that a spreadsheet would evaluate (`=HYPERLINK(…)` in a reason) is prefixed with
 * an apostrophe, so an auditor opening the export runs nothing an official typed.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const safe = FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header line and one line per row, CRLF-terminated (RFC 4180). */
export function toCsv<T>(
  columns: readonly (readonly [header: string, cell: (row: T) => CsvCell])[],
  rows: readonly T[],
): string {
  const line = (cells: readonly CsvCell[]) => `${cells.map(csvCell).join(',')}\r\n`;
  return (
    line(columns.map(([header]) => header)) +
    rows.map((row) => line(columns.map(([, cell]) => cell(row)))).join('')
  );
}
