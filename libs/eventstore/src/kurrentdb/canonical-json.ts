/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, strings and numbers
 * written as `JSON.stringify` writes them. For the values events carry this is RFC 8785 (JCS),
 * so an inspector can recompute a hash chain in any language without our code.
 *
 * Values that JSON drops are dropped the same way (`undefined`, functions and symbols vanish
 * from objects and become `null` in arrays; `toJSON` is honoured), because the hash is
 * recomputed later from what the server stored, which went through `JSON.stringify`.
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(input: unknown): string | undefined {
  const value = hasToJson(input) ? input.toJSON() : input;
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      // JSON.stringify refuses bigint too: money travels as a string (ARCHITECTURE.md).
      throw new TypeError('canonicalJson: a bigint has no JSON form; write it as a string');
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
      return writeObject(value as Record<string, unknown>);
    default:
      return undefined;
  }
}

function writeObject(object: Record<string, unknown>): string {
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const member = write(object[key]);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}
