import { agreementVersionsProjection } from '@jejak/agreements';
import { evaluationRecordsProjection } from '@jejak/evaluation';
import { EventStore } from '@jejak/eventstore';
import { planProjection } from '@jejak/planning';
import { personalDataScrubProjection } from '@jejak/privacy';
import { Projection, ProjectionRunner, ProjectionRunnerOptions } from '@jejak/projections';
import { realizationLedgerProjection } from '@jejak/realization';
import { tenantConventionsProjection, tenantDirectoryProjection } from '@jejak/tenancy';
import { DataSource } from 'typeorm';
import {
  notificationsProjection,
  workflowDeadlinesProjection,
  workflowInboxProjection,
} from '@jejak/workflow';

/** Every projector the worker runs. A context's read model joins by adding its projection here. */
export const PROJECTIONS: readonly Projection[] = [
  tenantDirectoryProjection,
  tenantConventionsProjection,
  planProjection,
  agreementVersionsProjection,
  realizationLedgerProjection,
  workflowInboxProjection,
  workflowDeadlinesProjection,
  notificationsProjection,
  personalDataScrubProjection,
  evaluationRecordsProjection,
];

/**
 * A runner over every projection, for the worker and for tests that want read models to catch up
 * in-process (`await runner.catchUp()`). `dataSource` must know the projections' entities
 * (`projectionEntities(PROJECTIONS)`) and connect as the app role.
 */
export function createProjectionRunner(
  dataSource: DataSource,
  store: EventStore,
  options: ProjectionRunnerOptions = {},
): ProjectionRunner {
  return new ProjectionRunner(dataSource, store, PROJECTIONS, options);
}
