import { DomainError, NotFoundError } from '@jejak/eventstore';

/** An erasure must say why (UU PDP: the controller records the basis of every erasure). */
export class ErasureReasonRequired extends DomainError {
  readonly code = 'PRIVACY.REASON_REQUIRED';
  constructor() {
    super('An erasure needs a reason.', ['reason']);
  }
}

/** No personal data of this person was ever stored in the tenant: nothing to erase. */
export class UnknownPerson extends NotFoundError {
  override readonly code = 'PRIVACY.UNKNOWN_PERSON';
  constructor(readonly person: string) {
    super(`No personal data of person ${person} is stored in this tenant.`, ['person']);
  }
}

/**
 * The person still signs in: erasing their name would leave a live account nameless. The
 * account is disabled first (its own event), then erased.
 */
export class AccountStillActive extends DomainError {
  readonly code = 'PRIVACY.ACCOUNT_STILL_ACTIVE';
  constructor(readonly account: string) {
    super(`Account ${account} is still active; disable it before erasing its personal data.`, ['person']);
  }
}

/**
 * An event offered for appending already holds a `$pii` envelope: only the store writes them, so
 * one arriving from outside is a forgery that would make the stream unreadable.
 */
export class ForgedPersonalDataEnvelope extends DomainError {
  readonly code = 'PRIVACY.FORGED_ENVELOPE';
  constructor(readonly eventType: string) {
    super(`The ${eventType} event holds a "$pii" object; only the event store writes those.`);
  }
}

/** A stored ciphertext does not authenticate under its person's key: the log was altered. Not a client's error. */
export class PersonalDataTampered extends Error {
  readonly code = 'PRIVACY.TAMPERED';
  constructor(
    readonly tenant: string,
    readonly person: string,
  ) {
    super(`A personal value of person ${person} in tenant ${tenant} does not authenticate: altered.`);
    this.name = 'PersonalDataTampered';
  }
}

/**
 * An envelope names a person without a key row visible here. Key rows are written before their
 * events and never deleted, so this is a reader without the event's tenant in its context, or
 * a vault that was tampered with; never read as erased.
 */
export class PersonKeyMissing extends Error {
  readonly code = 'PRIVACY.KEY_MISSING';
  constructor(
    readonly tenant: string,
    readonly person: string,
  ) {
    super(`No key row for person ${person} of tenant ${tenant} is visible to this session.`);
    this.name = 'PersonKeyMissing';
  }
}
