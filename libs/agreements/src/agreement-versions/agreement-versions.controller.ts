import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgreementView, GetAgreementQuery } from './agreement-versions.query';

/** Reads a PK with every version; its ETag is the stream revision (If-Match on the next command). */
@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/agreements')
export class AgreementVersionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':year')
  @ApiOperation({
    summary: "The agency's PK of a year: the terms in force and every version, the original first",
  })
  @ApiOkResponse({
    description:
      '{ current, versions: [{ version, signedOn, reason, legalBasis, targets, budget, budgetTotal, changes }] }',
  })
  @ApiNotFoundResponse({ description: 'AGREEMENT.NOT_FOUND' })
  get(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', ParseIntPipe) fiscalYear: number,
  ): Promise<AgreementView> {
    return this.queries.execute(new GetAgreementQuery(tenant, agency, fiscalYear));
  }

  @Get(':year/cascades/:party')
  @ApiOperation({ summary: 'A PK cascaded to a unit or person, with every version' })
  @ApiNotFoundResponse({ description: 'AGREEMENT.NOT_FOUND' })
  getCascade(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', ParseIntPipe) fiscalYear: number,
    @Param('party') party: string,
  ): Promise<AgreementView> {
    return this.queries.execute(new GetAgreementQuery(tenant, agency, fiscalYear, party));
  }
}
