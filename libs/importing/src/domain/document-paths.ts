import { appendPath } from '@jejak/interchange';

/** `targets[0].fundedBy[1]` → ['targets', 0, 'fundedBy', 1]; `targets.2024` → ['targets', '2024']. */
export function fieldTokens(field: string): (string | number)[] {
  return [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]));
}

/**
 * A path into a command's data, rebased onto the document node the data came from. `renames`
 * maps the data's first field to the document's name for it (`dataSource` → `source`), to an
 * absolute path (`$.agency.code`), or to null where the document has no such field (the refusal
 * is then about the node itself).
 */
export function rebase(base: string, renames: Readonly<Record<string, string | null>> = {}) {
  return (field: string): string => {
    const [first, ...rest] = fieldTokens(field);
    if (first === undefined) return base;
    const renamed = typeof first === 'string' && Object.hasOwn(renames, first) ? renames[first] : first;
    if (renamed === null) return base;
    // A rename to an absolute path: the field lives elsewhere in the document (`agency` → `$.agency.code`).
    if (typeof renamed === 'string' && renamed.startsWith('$'))
      return rest.reduce<string>(appendPath, renamed);
    return [renamed, ...rest].reduce<string>((path, token) => appendPath(path, token), base);
  };
}

/**
 * A path into a command whose data holds lists (`indicators[3].targets.2024`), each item from a
 * document node: the item's node, then the rest of the field (renamed as by {@link rebase}).
 */
export function rebaseLists(
  base: string,
  lists: Readonly<Record<string, readonly string[]>>,
  renames: Readonly<Record<string, string | null>> = {},
) {
  return (field: string): string => {
    const [list, index, ...rest] = fieldTokens(field);
    const node = typeof list === 'string' && typeof index === 'number' ? lists[list]?.[index] : undefined;
    if (node === undefined) return rebase(base, renames)(field);
    return rebase(
      node,
      renames,
    )(
      rest
        .map((t) => (typeof t === 'number' ? `[${t}]` : `.${t}`))
        .join('')
        .replace(/^\./, ''),
    );
  };
}

/** Fields every context names the same way: the tenant and the agency a command is about. */
export const SCOPE_FIELDS: Readonly<Record<string, string>> = {
  tenant: '$.tenant.code',
  tenantId: '$.tenant.code',
  agency: '$.agency.code',
  agencyId: '$.agency.code',
};
