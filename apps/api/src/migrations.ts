import { AgreementVersions1760000000520 } from '@jejak/agreements';
import { Migration } from '@jejak/database';
import {
  Notifications1760000000960,
  WorkflowDeadlines1760000000950,
  WorkflowInbox1760000000900,
} from '@jejak/workflow';
import { EventStore1760000000100 } from '@jejak/eventstore';
import { IdempotencyKeys1760000000210 } from '@jejak/http';
import { Accounts1760000000200 } from '@jejak/identity';
import { EvaluationRecords1760000001010, EvidenceFiles1760000001020 } from '@jejak/evaluation';
import { HistoryStreamHeads1760000001100 } from '@jejak/history';
import { PlanReadModel1760000000430 } from '@jejak/planning';
import { PersonKeys1760000001300 } from '@jejak/privacy';
import { ProjectionCheckpoints1760000000300 } from '@jejak/projections';
import { RealizationLedger1760000000700 } from '@jejak/realization';
import {
  TenantConventions1760000000330,
  TenantDirectory1760000000310,
  TenantOrganisation1760000000320,
} from '@jejak/tenancy';

/** Every migration of every context, in the order they run. */
export const ALL_MIGRATIONS: Migration[] = [
  EventStore1760000000100,
  Accounts1760000000200,
  IdempotencyKeys1760000000210,
  ProjectionCheckpoints1760000000300,
  TenantDirectory1760000000310,
  TenantOrganisation1760000000320,
  TenantConventions1760000000330,
  PlanReadModel1760000000430,
  AgreementVersions1760000000520,
  RealizationLedger1760000000700,
  WorkflowInbox1760000000900,
  WorkflowDeadlines1760000000950,
  Notifications1760000000960,
  EvaluationRecords1760000001010,
  EvidenceFiles1760000001020,
  HistoryStreamHeads1760000001100,
  PersonKeys1760000001300,
];
