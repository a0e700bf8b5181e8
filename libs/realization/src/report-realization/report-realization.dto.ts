import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IndicatorMeasurementDto } from '../shared/ledger-input.dto';

export const REALIZATION_STATUSES = ['pending', 'reported'] as const;

export class ReportRealizationDto extends IndicatorMeasurementDto {
  @ApiPropertyOptional({
    enum: REALIZATION_STATUSES,
    description:
      '"pending": not yet available (not zero), with no value; it becomes a value by a later report',
  })
  @IsOptional()
  @IsIn(REALIZATION_STATUSES)
  status?: (typeof REALIZATION_STATUSES)[number];
}
