import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { TEXT_MAX_LENGTH } from '../domain/realization.rules';
import { IndicatorMeasurementDto } from '../shared/ledger-input.dto';

/**
 * The corrected measurement (a value or a ratio), its source (omitted: the source in force stays;
 * null: none) and why it changed; `unit` only scopes the caller's permission.
 */
export class CorrectRealizationDto extends IndicatorMeasurementDto {
  @ApiProperty({ example: 'Hasil verifikasi ulang KASN', maxLength: TEXT_MAX_LENGTH })
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  @Matches(/\S/, { message: 'must say why the realization is corrected' })
  reason: string;
}
