import { ERASED } from '../domain/personal-data.envelope';

/**
 * Read models that copied a person's name (or NIP, or email) while their key was live. Projections
 * read the log through the decrypting store, so rows written after an erasure are erased already;
 * rows written before are scrubbed here, in place, for the tenant only — a rebuild would empty
 * every tenant's table and replay the whole log for one person. Each entry names the owner.
 *
 * - `json`: JSON columns holding party, actor or account objects (recognised by their keys);
 * - `account`: rows of an account (the person), with SQL expressions to set (`$2` is the person).
 */
export type PersonalReadModel =
  | { readonly table: string; readonly json: readonly string[] }
  | { readonly table: string; readonly account: string; readonly set: Readonly<Record<string, string>> };

const ERASED_SQL = `'${ERASED}'`;

export const PERSONAL_READ_MODELS: readonly PersonalReadModel[] = [
  // libs/agreements: the PK's signatories {position, name, nip}, on every version's row.
  { table: 'agreement_versions', json: ['first_party', 'second_party'] },
  // libs/workflow: the drafter and each actor of the inbox and the history of a submission.
  { table: 'workflow_items', account: 'submitted_by_account', set: { submitted_by_name: ERASED_SQL } },
  { table: 'workflow_actions', account: 'actor_account', set: { actor_name: ERASED_SQL } },
  // libs/workflow: the notifications projection's copy of each submission (WorkflowActor objects).
  { table: 'notification_subjects', json: ['state'] },
  // libs/identity: the account row itself (disabled before erasure); an email stays unique and lower case.
  {
    table: 'accounts',
    account: 'id::text',
    set: { display_name: ERASED_SQL, email: "'dihapus-' || $2 || '@jejak.invalid'" },
  },
];
