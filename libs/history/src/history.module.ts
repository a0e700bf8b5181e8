import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AgencyStateController } from './agency-state/agency-state.controller';
import { AgencyStateHandler } from './agency-state/agency-state.handler';
import { AgencyStateReader } from './agency-state/agency-state.reader';
import { AgreementDiffController } from './agreement-diff/agreement-diff.controller';
import { AgreementDiffHandler } from './agreement-diff/agreement-diff.handler';
import { AuditTrailController } from './audit-trail/audit-trail.controller';
import { AuditTrailHandler } from './audit-trail/audit-trail.handler';
import { IntegrityController } from './integrity/integrity.controller';
import { IntegrityHandler } from './integrity/integrity.handler';
import { StateDiffController } from './state-diff/state-diff.controller';
import { StateDiffHandler } from './state-diff/state-diff.handler';

/**
 * The history context's HTTP side: the audit trail, an agency-year as of any instant on either
 * axis, the differences between two agreement versions or two instants, and the verification
 * of a tenant's hash chain. It owns no table and no projection: everything is read from the
 * event log. Needs TypeORM's DataSource (app role) and `EVENT_STORE` from the root module.
 */
@Module({
  imports: [CqrsModule],
  controllers: [
    AuditTrailController,
    AgencyStateController,
    StateDiffController,
    AgreementDiffController,
    IntegrityController,
  ],
  providers: [
    AgencyStateReader,
    AuditTrailHandler,
    AgencyStateHandler,
    StateDiffHandler,
    AgreementDiffHandler,
    IntegrityHandler,
  ],
  exports: [AgencyStateReader],
})
export class HistoryModule {}
