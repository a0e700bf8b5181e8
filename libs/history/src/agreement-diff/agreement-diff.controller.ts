import { FiscalYearPipe } from '@jejak/http';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@jejak/tenancy';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AgreementDiffView } from './agreement-diff';
import { AgreementDiffQueryDto } from './agreement-diff.dto';
import { AgreementDiffQuery } from './agreement-diff.query';

@ApiTags('history')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/agreements')
export class AgreementDiffController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':year/diff')
  @ApiOperation({
    summary: "Two versions of the agency's PK compared: targets and budget lines before → after",
  })
  @ApiOkResponse({
    description:
      '{ from, to, targets: [{ indicator, before, after }], budget: [{ program, before, after }], budgetTotal }',
  })
  @ApiBadRequestResponse({ description: 'year, from or to is malformed: the problem names it' })
  @ApiNotFoundResponse({
    description:
      'TENANCY.UNKNOWN_AGENCY, AGREEMENT.NOT_FOUND, HISTORY.AGREEMENT_VERSION_NOT_FOUND (naming from or to)',
  })
  get(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('year', new FiscalYearPipe(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)) year: number,
    @Query() { from, to }: AgreementDiffQueryDto,
  ): Promise<AgreementDiffView> {
    return this.queries.execute(new AgreementDiffQuery(tenant, agency, year, from, to));
  }
}
