// The realization context's only door (STYLE.md §11).
export * from './domain/realization.events';
export * from './domain/realization.errors';
export * from './domain/budget.checks';
export { realizationDecider } from './domain/realization.decider';
export type {
  AllocateBudget,
  AllocateBudgetData,
  CorrectRealization,
  CorrectRealizationData,
  LedgerAddress,
  RealizationCommand,
  ReportBudgetRealization,
  ReportBudgetRealizationData,
  ReportRealization,
  ReportRealizationData,
} from './domain/realization.decider';
export type { LedgerState } from './domain/realization.state';
export type { LedgerCommandResult } from './shared/ledger-command';
export * from './report-realization/report-realization.command';
export * from './correct-realization/correct-realization.command';
export * from './allocate-budget/allocate-budget.command';
export * from './report-budget-realization/report-budget-realization.command';
export * from './realization-ledger/realization.entity';
export * from './realization-ledger/budget-line.entity';
export {
  findRealizations,
  findBudgetLines,
  findLedgerRevision,
  ListRealizationsQuery,
  ListBudgetLinesQuery,
} from './realization-ledger/realization-ledger.query';
export type {
  RecordedRealization,
  BudgetLine,
  RealizationView,
  BudgetLineView,
  LedgerList,
} from './realization-ledger/realization-ledger.query';
export * from './realization-ledger/realization-ledger.projection';
export * from './realization-ledger/realization-ledger.migration';
export * from './realization.module';
