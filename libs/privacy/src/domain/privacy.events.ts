import { DomainEvent } from '@jejak/eventstore';

/**
 * A person's key was erased (UU PDP): from now on their names and NIPs read as "[dihapus]"
 * everywhere. Carries the person's opaque id and the reason only — no personal data itself.
 * Stream: `{tenant}/privacy`.
 */
export type PersonalDataErased = DomainEvent<
  'PersonalDataErased',
  { readonly person: string; readonly reason: string }
>;

export type PrivacyEvent = PersonalDataErased;

export const privacyStream = (tenant: string): string => `${tenant}/privacy`;
