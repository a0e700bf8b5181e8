import { AgreementVersionEntity } from '@jejak/agreements';
import { PlanBudgetItemEntity, PlanIndicatorEntity, PlanRenstraEntity } from '@jejak/planning';
import { BudgetLineEntity, RealizationEntity } from '@jejak/realization';
import { ConventionsVersionEntity } from '@jejak/tenancy';
import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyYearReader } from './agency-year/agency-year.reader';
import { BudgetAbsorptionController } from './budget-absorption/budget-absorption.controller';
import { BudgetAbsorptionHandler } from './budget-absorption/budget-absorption.handler';
import { AgencyYearChecksController } from './consistency-checks/consistency-checks.controller';
import { AgencyYearChecksHandler } from './consistency-checks/consistency-checks.handler';
import { EfficiencyController } from './efficiency/efficiency.controller';
import { EfficiencyHandler } from './efficiency/efficiency.handler';
import { IndicatorPerformanceController } from './indicator-performance/indicator-performance.controller';
import { IndicatorPerformanceHandler } from './indicator-performance/indicator-performance.handler';

/** The read models it reads, through their contexts' query functions (never its own SQL). */
const READ_MODELS = [
  PlanRenstraEntity,
  PlanIndicatorEntity,
  PlanBudgetItemEntity,
  AgreementVersionEntity,
  RealizationEntity,
  BudgetLineEntity,
  ConventionsVersionEntity,
];

/**
 * The computed read side of an agency-year: performance, budget absorption, efficiency and the
 * consistency checks, computed per request from the planning, agreements, realization and tenancy
 * read models by libs/measurement. It owns no table and no projection. Needs TypeORM's DataSource
 * (app role) and `EVENT_STORE` from the root module.
 */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature(READ_MODELS)],
  controllers: [
    IndicatorPerformanceController,
    BudgetAbsorptionController,
    EfficiencyController,
    AgencyYearChecksController,
  ],
  providers: [
    AgencyYearReader,
    IndicatorPerformanceHandler,
    BudgetAbsorptionHandler,
    EfficiencyHandler,
    AgencyYearChecksHandler,
  ],
})
export class PerformanceModule {}
