import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgreementsModule } from '@jejak/agreements';
import { JejakConfig, loadConfig } from '@jejak/config';
import { JejakHttpModule } from '@jejak/http';
import { EvaluationModule } from '@jejak/evaluation';
import { HistoryModule } from '@jejak/history';
import { IdentityModule } from '@jejak/identity';
import { ImportingModule } from '@jejak/importing';
import { PerformanceModule } from '@jejak/performance';
import { PlanningModule } from '@jejak/planning';
import { PrivacyModule } from '@jejak/privacy';
import { RealizationModule } from '@jejak/realization';
import { TenancyModule } from '@jejak/tenancy';
import { NotificationsModule, WorkflowInboxModule, WorkflowModule } from '@jejak/workflow';
import { EventStoreModule } from './event-store.provider';
import { HealthModule } from './health/health.module';

/**
 * The API's composition: the app role's database connection (row-level security binds it; the
 * schema is the migrations', never synchronized), the event store, the HTTP layer, identity
 * (whose guard protects every route) and health. Contexts add their modules here.
 */
@Module({})
export class AppModule {
  static forRoot(config: JejakConfig = loadConfig()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.appDatabaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          logging: false,
          retryAttempts: 3,
        }),
        EventStoreModule.forRoot(config),
        JejakHttpModule.forRoot({ logLevel: config.logLevel, jsonBodyLimit: '2mb' }),
        IdentityModule.forRoot({
          jwtSecret: config.jwtSecret,
          jwtTtlSeconds: config.jwtTtlSeconds,
          adminEmail: config.adminEmail,
          adminPassword: config.adminPassword,
        }),
        HealthModule.forRoot({ redisUrl: config.redisUrl }),
        // The contexts' HTTP sides.
        TenancyModule,
        PlanningModule,
        AgreementsModule,
        RealizationModule,
        ImportingModule,
        PerformanceModule,
        WorkflowModule,
        WorkflowInboxModule,
        NotificationsModule,
        EvaluationModule,
        PrivacyModule,
        HistoryModule,
      ],
    };
  }
}
