import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DATE_PATTERN, TEXT_MAX_LENGTH } from '../domain/evaluation.rules';
import { FollowUpInputDto } from '../shared/follow-up-input.dto';

/** The action plan of a recommendation (rencana aksi tindak lanjut). */
export class PlanFollowUpDto extends FollowUpInputDto {
  @ApiProperty({ example: 'Menyusun SK IKI dilengkapi definisi operasional', maxLength: TEXT_MAX_LENGTH })
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  @Matches(/\S/, { message: 'action must say what the agency will do' })
  action: string;

  @ApiPropertyOptional({
    example: 'Surat Keputusan Indikator Kinerja Individu BKPSDM Kota Dumai Tahun 2024',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  expectedOutput?: string | null;

  @ApiPropertyOptional({ format: 'date', example: '2024-02-05', nullable: true })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'due must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'due must be a real calendar date' })
  due?: string | null;

  @ApiPropertyOptional({ example: 'Sekretariat BKPSDM Kota Dumai', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  responsibleUnit?: string | null;
}
