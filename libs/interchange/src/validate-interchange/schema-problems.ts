import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../sakip-interchange-1.schema.json';
import { appendPath, InterchangeProblem, InterchangeProblemCode, pointerToPath } from './interchange-problem';

let compiled: ValidateFunction | undefined;

/** Compiled once, on first use; `date` in ajv-formats' full mode refuses 2024-02-30 and 2023-02-29. */
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
    addFormats(ajv, { mode: 'full', formats: ['date'] });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Violations of the JSON Schema, one per path (ajv reports a failed `oneOf` three times). */
export function schemaProblems(doc: unknown): InterchangeProblem[] {
  const validate = validator();
  if (validate(doc)) return [];
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of validate.errors ?? []) {
    const path = errorPath(error, doc);
    byPath.set(path, [...(byPath.get(path) ?? []), error]);
  }
  return [...byPath].map(([path, errors]) => problemAt(path, errors));
}

function errorPath(error: ErrorObject, doc: unknown): string {
  const base = pointerToPath(error.instancePath, doc);
  const params = error.params as Record<string, unknown>;
  const key =
    params.missingProperty ?? params.additionalProperty ?? error.propertyName ?? params.propertyName;
  return typeof key === 'string' ? appendPath(base, key) : base;
}

/** The null branch of `oneOf: [X, null]` failing only says "or null"; it is not the problem. */
const isNullBranch = (e: ErrorObject): boolean =>
  e.keyword === 'type' && e.schemaPath.includes('/oneOf/') && (e.params as { type?: string }).type === 'null';
const COMPOSITE = new Set(['oneOf', 'anyOf', 'propertyNames']);
const PRIORITY = ['required', 'additionalProperties', 'type', 'const', 'enum', 'format', 'pattern'];
const rank = (e: ErrorObject): number => {
  const at = PRIORITY.indexOf(e.keyword);
  return at === -1 ? PRIORITY.length : at;
};

function problemAt(path: string, errors: readonly ErrorObject[]): InterchangeProblem {
  const specific = errors.filter((e) => !COMPOSITE.has(e.keyword) && !isNullBranch(e));
  const chosen = [...(specific.length > 0 ? specific : errors)].sort((a, b) => rank(a) - rank(b))[0];
  const nullable = errors.some(isNullBranch);
  return { path, ...describe(chosen, nullable) };
}

type Described = { code: InterchangeProblemCode; message: string };
interface Context {
  readonly params: Record<string, unknown>;
  /** The `$defs` entry that failed (`rupiah`, `date`, `slug`…), if any. */
  readonly def: string | undefined;
  readonly orNull: string;
}

const FORMS: Record<string, string> = {
  slug: 'must be a slug: lower-case letters and digits joined by hyphens',
  code: 'must be a code: letters, digits, ".", "_" and "-", starting with a letter or digit',
};

const outOfRange = (e: ErrorObject): Described => ({
  code: 'INTERCHANGE.OUT_OF_RANGE',
  message: e.message ?? 'is out of range',
});
const wrongForm = (e: ErrorObject, { def, orNull }: Context): Described =>
  def === 'date'
    ? { code: 'INTERCHANGE.INVALID_DATE', message: `must be a calendar date as YYYY-MM-DD${orNull}` }
    : { code: 'INTERCHANGE.INVALID_FORMAT', message: `${(def && FORMS[def]) ?? e.message}${orNull}` };

const DESCRIBE: Record<string, (e: ErrorObject, c: Context) => Described> = {
  required: () => ({ code: 'INTERCHANGE.REQUIRED', message: 'is required' }),
  additionalProperties: () => ({
    code: 'INTERCHANGE.UNKNOWN_PROPERTY',
    message: 'is not a property of sakip-interchange/1 here',
  }),
  type: (_, { params, def, orNull }) =>
    def === 'rupiah'
      ? { code: 'INTERCHANGE.MONEY_NOT_INTEGER', message: 'must be a whole number of rupiah' }
      : {
          code: 'INTERCHANGE.WRONG_TYPE',
          message: `must be ${String(params.type).split(',').join(' or ')}${orNull}`,
        },
  const: (_, { params }) => ({
    code: 'INTERCHANGE.NOT_ALLOWED',
    message: `must be ${JSON.stringify(params.allowedValue)}`,
  }),
  enum: (_, { params, orNull }) => ({
    code: 'INTERCHANGE.NOT_ALLOWED',
    message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${orNull}`,
  }),
  format: wrongForm,
  pattern: wrongForm,
  minimum: (e, c) =>
    c.def === 'rupiah'
      ? { code: 'INTERCHANGE.NEGATIVE_MONEY', message: 'must not be negative (whole rupiah ≥ 0)' }
      : outOfRange(e),
  maximum: outOfRange,
  exclusiveMinimum: outOfRange,
  exclusiveMaximum: outOfRange,
  minLength: (e) => ({ code: 'INTERCHANGE.INVALID_LENGTH', message: e.message ?? 'is too short' }),
  maxLength: (e) => ({ code: 'INTERCHANGE.INVALID_LENGTH', message: e.message ?? 'is too long' }),
  minItems: (e) => ({ code: 'INTERCHANGE.INVALID_LENGTH', message: e.message ?? 'has too few items' }),
};

function describe(e: ErrorObject, nullable: boolean): Described {
  const context: Context = {
    params: e.params as Record<string, unknown>,
    def: /\$defs\/([^/]+)\//.exec(e.schemaPath)?.[1],
    orNull: nullable ? ' or null' : '',
  };
  return (
    DESCRIBE[e.keyword]?.(e, context) ?? { code: 'INTERCHANGE.INVALID', message: e.message ?? 'is invalid' }
  );
}
