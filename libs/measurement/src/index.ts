/**
 * Measurement: the pure rules of the interchange README — achievement, bands, absorption,
 * efficiency, targets and realizations in a fiscal year — in decimal arithmetic, each result
 * citing the conventions version that produced it.
 */
export * from './conventions';
export * from './decimal';
export * from './measured';
export * from './rounding';
export * from './band';
export * from './achievement';
export * from './realization';
export * from './absorption';
export * from './efficiency';
export * from './target';
export * from './agency-year';
