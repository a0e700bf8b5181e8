/** Limits and patterns of the agreement's data, shared by the decider and the DTOs. */

/** An indicator or program code (interchange `code`): `S1.1`, `5.03.02`, `PRG.01`. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const CODE_MAX_LENGTH = 64;
/** A cascaded PK's party (a unit or post code) is part of a stream name and a URL: a slug. */
export const PARTY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PARTY_MAX_LENGTH = 64;
/** ISO `YYYY-MM-DD`; the calendar check is the DTO's (IsISO8601 strict) and the decider's. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/**
 * Whole rupiah below 10^15 (a thousand trillion: more than the whole national budget's program
 * lines), so the total of `LIST_MAX` lines stays exact in a bigint column.
 */
export const RUPIAH_PATTERN = /^\d{1,15}$/;
/** NIP (nomor induk pegawai): 18 digits, printed with spaces in some reports (interchange schema). */
export const NIP_PATTERN = /^[0-9 ]{18,21}$/;
export const TEXT_MAX_LENGTH = 4000;
export const NAME_MAX_LENGTH = 500;
export const LIST_MAX = 500;
export const FISCAL_YEAR_MIN = 2000;
export const FISCAL_YEAR_MAX = 2100;
