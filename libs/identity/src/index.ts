export * from './identity.module';
export * from './identity.options';
export * from './auth/auth.decorators';
export * from './auth/auth.guard';
export * from './auth/token-claims';
export * from './auth/token.service';
export * from './accounts/identity.service';
export * from './accounts/account.view';
export * from './accounts/account.entity';
export * from './accounts/accounts.migration';
export * from './domain/account.events';
export * from './domain/account.errors';
export { accountDecider } from './domain/account.decider';
export type {
  AccountCommand,
  AccountState,
  AssignPost,
  CreateAccount,
  DisableAccount,
} from './domain/account.decider';
