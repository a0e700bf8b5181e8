import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgreementVersionEntity } from './agreement-versions/agreement-version.entity';
import { AgreementVersionsController } from './agreement-versions/agreement-versions.controller';
import { GetAgreementHandler } from './agreement-versions/agreement-versions.handler';
import { AmendAgreementController } from './amend-agreement/amend-agreement.controller';
import { AmendAgreementHandler } from './amend-agreement/amend-agreement.handler';
import { CascadeAgreementController } from './cascade-agreement/cascade-agreement.controller';
import { DraftAgreementController } from './draft-agreement/draft-agreement.controller';
import { DraftAgreementHandler } from './draft-agreement/draft-agreement.handler';
import { SignAgreementController } from './sign-agreement/sign-agreement.controller';
import { SignAgreementHandler } from './sign-agreement/sign-agreement.handler';

/**
 * The agreements context's HTTP side: drafting, signing and amending the PK and its cascades, and
 * reading its versions. Needs TypeORM's DataSource (app role) and `EVENT_STORE` from the root
 * module. Its projection (`agreementVersionsProjection`) runs in the worker, not here. The command
 * handlers also serve the interchange importer, which sends the same commands on the CommandBus.
 */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([AgreementVersionEntity])],
  controllers: [
    DraftAgreementController,
    CascadeAgreementController,
    SignAgreementController,
    AmendAgreementController,
    AgreementVersionsController,
  ],
  providers: [DraftAgreementHandler, SignAgreementHandler, AmendAgreementHandler, GetAgreementHandler],
})
export class AgreementsModule {}
