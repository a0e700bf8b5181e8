/** A code in a URL and a stream name: lowercase words joined by single hyphens (interchange `slug`). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A DNS label's length, so a tenant code can name a host. */
export const CODE_MAX_LENGTH = 63;
export const NAME_MAX_LENGTH = 200;
export const TENANT_KINDS = ['kota', 'kabupaten', 'provinsi'] as const;
