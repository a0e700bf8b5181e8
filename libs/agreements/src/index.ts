// The agreements context's only door (STYLE.md §11).
export * from './domain/agreement.events';
export * from './domain/agreement.errors';
export * from './domain/agreement.rules';
export type {
  AgreementTerms,
  AgreementChanges,
  TargetChange,
  BudgetChange,
  TargetTerms,
} from './domain/agreement.terms';
export { budgetTotal } from './domain/agreement.terms';
export type { AgreementVersion } from './domain/agreement.versions';
export { agreementDecider, versionInForce } from './domain/agreement.decider';
export type {
  AgreementCommand,
  AgreementRef,
  AgreementState,
  AmendAgreement,
  AmendAgreementData,
  DraftAgreement,
  DraftAgreementData,
  SignAgreement,
  SignAgreementData,
} from './domain/agreement.decider';
export * from './agreement-result';
export * from './draft-agreement/draft-agreement.command';
export * from './sign-agreement/sign-agreement.command';
export * from './amend-agreement/amend-agreement.command';
export * from './agreement-versions/agreement-version.entity';
export * from './agreement-versions/agreement-versions.query';
export * from './agreement-versions/agreement-versions.projection';
export * from './agreement-versions/agreement-versions.migration';
export * from './agreements.module';
