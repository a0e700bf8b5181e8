import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DEFAULT_RUBRIC, RUBRICS, Rubric } from '../domain/rubric';

@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/evaluation-rubrics')
export class RubricsController {
  @Get()
  @ApiOperation({
    summary: 'The evaluation rubrics (versions): components and weights, grade bands, rounding',
  })
  @ApiOkResponse({ description: '{ default, items: Rubric[] }, newest first' })
  list(): { default: string; items: readonly Rubric[] } {
    return { default: DEFAULT_RUBRIC.version, items: RUBRICS };
  }
}
