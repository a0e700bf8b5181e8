import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsIsoDate } from '../common/planning-values';
import { NAME_MAX_LENGTH, TEXT_MAX_LENGTH } from '../domain/planning.rules';

export class AmendRenstraDto {
  @ApiProperty({ format: 'date', example: '2024-03-01' })
  @IsIsoDate()
  amendedOn: string;

  @ApiProperty({ example: 'Penyesuaian indikator kinerja utama dengan Indeks Sistem Merit' })
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  reason: string;

  @ApiPropertyOptional({ nullable: true, example: 'Peraturan Wali Kota Dumai Nomor 12 Tahun 2024' })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  legalBasis?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 'Perubahan Renstra BKPSDM Kota Dumai 2021-2026',
    description: 'The amended title, when it changes',
  })
  @IsOptional()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  title?: string | null;
}
