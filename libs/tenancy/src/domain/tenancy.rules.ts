import type { PostRole } from '@jejak/access';
import type { EfficiencyMethod, LowerIsBetterFormula, RoundingMode } from '@jejak/measurement';

/** A code in a URL and a stream name: lowercase words joined by single hyphens (interchange `slug`). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A DNS label's length, so a tenant code can name a host. */
export const CODE_MAX_LENGTH = 63;
export const NAME_MAX_LENGTH = 200;
export const TENANT_KINDS = ['kota', 'kabupaten', 'provinsi'] as const;

/** Fiscal years a document may carry (interchange schema `year`). */
export const FISCAL_YEAR_MIN = 1990;
export const FISCAL_YEAR_MAX = 2100;
/** A calendar date, as holdings of posts carry their bounds (compared as strings by access). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Decimals a tenant may round achievements to. */
export const ROUNDING_DECIMALS_MAX = 4;

/** Roles whose authority stops at their own unit (access policy): their posts need a unit. */
export const UNIT_BOUND_ROLES: readonly PostRole[] = ['head-of-unit', 'staff'];

/** The values of the interchange `conventions` enumerations (types in @jejak/measurement). */
export const LOWER_IS_BETTER_FORMULAS: readonly LowerIsBetterFormula[] = [
  'two-target-minus-realization',
  'target-over-realization',
];
export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'truncate'];
export const EFFICIENCY_METHODS: readonly EfficiencyMethod[] = ['ratio', 'difference'];
