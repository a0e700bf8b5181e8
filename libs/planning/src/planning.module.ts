import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdoptRenstraController } from './adopt-renstra/adopt-renstra.controller';
import { AdoptRenstraHandler } from './adopt-renstra/adopt-renstra.handler';
import { AmendRenstraController } from './amend-renstra/amend-renstra.controller';
import { AmendRenstraHandler } from './amend-renstra/amend-renstra.handler';
import { DefinePlanElementsController } from './define-plan-elements/define-plan-elements.controller';
import { DefinePlanElementsHandler } from './define-plan-elements/define-plan-elements.handler';
import { PlanBudgetItemEntity } from './plan/plan-budget-item.entity';
import { PlanHistoryEntity } from './plan/plan-history.entity';
import { PlanIndicatorEntity } from './plan/plan-indicator.entity';
import { PlanRenstraEntity } from './plan/plan-renstra.entity';
import { PlanController } from './plan/plan.controller';
import { GetIndicatorHandler, GetPlanHandler } from './plan/plan.handler';
import { RecordHistoryController } from './record-history/record-history.controller';
import { RecordHistoricalResultsHandler } from './record-history/record-history.handler';
import { ReviseIndicatorController } from './revise-indicator/revise-indicator.controller';
import { ReviseIndicatorHandler } from './revise-indicator/revise-indicator.handler';

/**
 * The planning context's HTTP side and command handlers (the importer sends the same commands
 * on the CommandBus). Needs TypeORM's DataSource (app role) and `EVENT_STORE` from the root
 * module. Its projection (`planProjection`) runs in the worker, not here.
 */
@Module({
  imports: [
    CqrsModule,
    TypeOrmModule.forFeature([
      PlanRenstraEntity,
      PlanIndicatorEntity,
      PlanBudgetItemEntity,
      PlanHistoryEntity,
    ]),
  ],
  controllers: [
    AdoptRenstraController,
    AmendRenstraController,
    DefinePlanElementsController,
    ReviseIndicatorController,
    RecordHistoryController,
    PlanController,
  ],
  providers: [
    AdoptRenstraHandler,
    AmendRenstraHandler,
    DefinePlanElementsHandler,
    ReviseIndicatorHandler,
    RecordHistoricalResultsHandler,
    GetPlanHandler,
    GetIndicatorHandler,
  ],
})
export class PlanningModule {}
