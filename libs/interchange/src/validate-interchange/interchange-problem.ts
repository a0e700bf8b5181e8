/** One reason a document is refused: where (a JSON path such as `$.agreement.targets[3].indicator`), what, and a stable code. */
export interface InterchangeProblem {
  readonly path: string;
  readonly message: string;
  readonly code: InterchangeProblemCode;
}

export type InterchangeProblemCode =
  // shapes (the JSON Schema)
  | 'INTERCHANGE.WRONG_TYPE'
  | 'INTERCHANGE.REQUIRED'
  | 'INTERCHANGE.UNKNOWN_PROPERTY'
  | 'INTERCHANGE.NOT_ALLOWED'
  | 'INTERCHANGE.INVALID_FORMAT'
  | 'INTERCHANGE.INVALID_DATE'
  | 'INTERCHANGE.OUT_OF_RANGE'
  | 'INTERCHANGE.INVALID_LENGTH'
  | 'INTERCHANGE.NEGATIVE_MONEY'
  | 'INTERCHANGE.MONEY_NOT_INTEGER'
  | 'INTERCHANGE.INVALID'
  // rules the schema cannot state
  | 'INTERCHANGE.DUPLICATE_CODE'
  | 'INTERCHANGE.UNKNOWN_INDICATOR'
  | 'INTERCHANGE.UNKNOWN_PROGRAM'
  | 'INTERCHANGE.UNKNOWN_BUDGET_CODE'
  | 'INTERCHANGE.UNKNOWN_OBJECTIVE'
  | 'INTERCHANGE.UNKNOWN_UNIT'
  | 'INTERCHANGE.DUPLICATE_ENTRY'
  | 'INTERCHANGE.REALIZATION_WITHOUT_VALUE'
  | 'INTERCHANGE.REALIZATION_AMBIGUOUS'
  | 'INTERCHANGE.MONEY_NOT_EXACT'
  | 'INTERCHANGE.BANDS_NOT_DESCENDING'
  | 'INTERCHANGE.YEAR_OUT_OF_PERIOD';

/** `$` then `.name` for an identifier key, `[3]` for an array index, `['2024']` for any other key. */
export function appendPath(path: string, token: string | number): string {
  if (typeof token === 'number') return `${path}[${token}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(token)) return `${path}.${token}`;
  return `${path}['${token.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/**
 * A JSON Pointer (`/agreement/targets/3`) as a path (`$.agreement.targets[3]`); the data decides
 * whether a numeric token is an array index or an object key ("2024" in an indicator's targets).
 */
export function pointerToPath(pointer: string, data: unknown): string {
  if (pointer === '') return '$';
  let path = '$';
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const isIndex = Array.isArray(node) && /^\d+$/.test(token);
    path = appendPath(path, isIndex ? Number(token) : token);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
  }
  return path;
}
