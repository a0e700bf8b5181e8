import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EvaluationEntity } from './evaluation-records/evaluation.entity';
import { EvaluationRecordsController } from './evaluation-records/evaluation-records.controller';
import {
  GetEvaluationHandler,
  ListEvaluationsHandler,
  ListFollowUpsHandler,
} from './evaluation-records/evaluation-records.handler';
import { FollowUpEntity } from './evaluation-records/follow-up.entity';
import { EvidenceController } from './evidence/evidence.controller';
import { PlanFollowUpController } from './plan-follow-up/plan-follow-up.controller';
import { PlanFollowUpHandler } from './plan-follow-up/plan-follow-up.handler';
import { RecordEvaluationController } from './record-evaluation/record-evaluation.controller';
import { RecordEvaluationHandler } from './record-evaluation/record-evaluation.handler';
import { ReportFollowUpProgressController } from './report-follow-up-progress/report-follow-up-progress.controller';
import { ReportFollowUpProgressHandler } from './report-follow-up-progress/report-follow-up-progress.handler';
import { RubricsController } from './rubrics/rubrics.controller';
import { VerifyFollowUpController } from './verify-follow-up/verify-follow-up.controller';
import { VerifyFollowUpHandler } from './verify-follow-up/verify-follow-up.handler';

/**
 * The evaluation context's HTTP side: LHEs recorded by the inspectorate, the agency's action plans
 * and progress (evidence files kept in `evidence_files`), the inspectorate's returns, and the
 * reads. Needs TypeORM's DataSource (app role) and `EVENT_STORE` from the root module. Its
 * projection (`evaluationRecordsProjection`) runs in the worker; acceptance of a follow-up is the
 * workflow's final approval of a 'follow-up' submission (`verifyFollowUpChange`).
 */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([EvaluationEntity, FollowUpEntity])],
  controllers: [
    RecordEvaluationController,
    PlanFollowUpController,
    ReportFollowUpProgressController,
    VerifyFollowUpController,
    EvaluationRecordsController,
    EvidenceController,
    RubricsController,
  ],
  providers: [
    RecordEvaluationHandler,
    PlanFollowUpHandler,
    ReportFollowUpProgressHandler,
    VerifyFollowUpHandler,
    ListEvaluationsHandler,
    GetEvaluationHandler,
    ListFollowUpsHandler,
  ],
})
export class EvaluationModule {}
