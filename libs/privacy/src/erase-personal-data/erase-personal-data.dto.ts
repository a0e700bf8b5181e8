import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export const REASON_MAX_LENGTH = 1000;

export class ErasePersonalDataDto {
  @ApiProperty({
    example:
      'Permohonan penghapusan data pribadi oleh subjek data (UU 27/2022 Pasal 8), surat nomor 800/123/BKPSDM',
    maxLength: REASON_MAX_LENGTH,
    description: 'Why, recorded on the PersonalDataErased event and in its metadata',
  })
  @IsString()
  @Length(1, REASON_MAX_LENGTH)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

/** Exactly one of `nip` and `name`: in the body, never in a URL (URLs end up in access logs). */
export class PersonLookupDto {
  @ApiPropertyOptional({ example: '198001012005011001', description: "A PK party's NIP (spaces ignored)" })
  @IsOptional()
  @IsString()
  @Matches(/^[\d\s]{18,24}$/, { message: 'nip must be the 18 digits of a NIP' })
  nip?: string;

  @ApiPropertyOptional({ example: 'Dr. H. Fulan, S.Sos., M.Si.', description: 'A party known by name only' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}
