/** Limits and patterns of the plan's data, shared by the DTOs and the routes (interchange `code`, `slug`). */

/** An indicator, goal or budget code: `S1.1`, `T1`, `5.03.02.2.01.0001`, `PRG.01`. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const CODE_MAX_LENGTH = 64;
/** An agency or unit code: part of a stream name and a URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TEXT_MAX_LENGTH = 4000;
export const NAME_MAX_LENGTH = 1000;
/** Elements of one bulk definition: a whole Renstra has some hundreds (Dumai: 55 indicators, 36 budget lines). */
export const LIST_MAX = 2000;
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
