import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AllocateBudgetController } from './allocate-budget/allocate-budget.controller';
import { AllocateBudgetHandler } from './allocate-budget/allocate-budget.handler';
import { CorrectRealizationController } from './correct-realization/correct-realization.controller';
import { CorrectRealizationHandler } from './correct-realization/correct-realization.handler';
import { BudgetLineEntity } from './realization-ledger/budget-line.entity';
import { RealizationEntity } from './realization-ledger/realization.entity';
import { RealizationLedgerController } from './realization-ledger/realization-ledger.controller';
import {
  ListBudgetLinesHandler,
  ListRealizationsHandler,
} from './realization-ledger/realization-ledger.handler';
import { ReportBudgetRealizationController } from './report-budget-realization/report-budget-realization.controller';
import { ReportBudgetRealizationHandler } from './report-budget-realization/report-budget-realization.handler';
import { ReportRealizationController } from './report-realization/report-realization.controller';
import { ReportRealizationHandler } from './report-realization/report-realization.handler';

/**
 * The realization context's HTTP side: indicator realizations and corrections, budget ceilings
 * and budget realization, and the ledger's read queries. Needs TypeORM's DataSource (app role) and
 * `EVENT_STORE` from the root module. Its projection (`realizationLedgerProjection`) runs in the worker.
 */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([RealizationEntity, BudgetLineEntity])],
  controllers: [
    ReportRealizationController,
    CorrectRealizationController,
    AllocateBudgetController,
    ReportBudgetRealizationController,
    RealizationLedgerController,
  ],
  providers: [
    ReportRealizationHandler,
    CorrectRealizationHandler,
    AllocateBudgetHandler,
    ReportBudgetRealizationHandler,
    ListRealizationsHandler,
    ListBudgetLinesHandler,
  ],
})
export class RealizationModule {}
