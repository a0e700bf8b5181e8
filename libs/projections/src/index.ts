export * from './projection';
export * from './apply-row';
export * from './checkpoint';
export * from './projection-runner';
export * from './log-horizon';
export * from './projection-lag.service';
export * from './projections.module';
export * from './projection-checkpoints.migration';
