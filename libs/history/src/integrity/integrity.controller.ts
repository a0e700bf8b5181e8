import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { auditorPost } from '../shared/auditor.access';
import { IntegrityQuery } from './integrity.query';
import { IntegrityReport } from './verify-tenant';

@ApiTags('history')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/integrity')
export class IntegrityController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: "Verifies the tenant's hash chain: that no stored event was altered or removed" })
  @ApiOkResponse({
    description:
      '{ tenant, eventCount, headHash, valid, firstBroken: { eventId, stream, streamPosition, position, type, … } | null, verifiedAt }',
  })
  @ApiForbiddenResponse({
    description: 'ACCESS.DENIED: not the inspectorate, the tenant administrator or the platform',
  })
  @ApiNotFoundResponse({ description: "Unknown, or another tenant's" })
  verify(
    @Param('tenant') tenant: string,
    @CurrentActor() caller: AuthenticatedAccount,
  ): Promise<IntegrityReport> {
    auditorPost(caller, "verify the tenant's chain");
    return this.queries.execute(new IntegrityQuery(tenant));
  }
}
