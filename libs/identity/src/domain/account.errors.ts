import { DomainError } from '@jejak/eventstore';

export class EmailAlreadyRegistered extends DomainError {
  readonly code = 'IDENTITY.EMAIL_TAKEN';
  constructor(email: string) {
    super(`An account with the email ${email} already exists.`, ['email']);
  }
}

export class AccountAlreadyExists extends DomainError {
  readonly code = 'IDENTITY.ACCOUNT_EXISTS';
  override readonly status = 409;
  constructor(accountId: string) {
    super(`Account ${accountId} already exists.`);
  }
}

export class AccountNotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  override readonly status = 404;
  constructor(accountId: string) {
    super(`Account ${accountId} was not found.`);
  }
}

export class AccountAlreadyDisabled extends DomainError {
  readonly code = 'IDENTITY.ACCOUNT_ALREADY_DISABLED';
  constructor(accountId: string) {
    super(`Account ${accountId} is already disabled.`);
  }
}
