// The importing context's only door (STYLE.md §11).
export * from './domain/import.errors';
export type { ImportStep, ImportScope } from './domain/import-step';
export { importSteps, importScope, importCommandId } from './steps/import-steps';
export { REASON_NOT_GIVEN } from './steps/agreement.steps';
export { budgetBasis } from './steps/realization.steps';
export { StagingEventStore } from './staging/staging-event-store';
export type { FlushResult, FlushedStream } from './staging/staging-event-store';
export * from './import-document/import-document.command';
export { validDocument } from './import-document/import-document.handler';
export * from './importing.module';
