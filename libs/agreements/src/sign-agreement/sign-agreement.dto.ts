import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { DateOrNull, PartyDto } from '../draft-agreement/agreement-terms.dto';

export class SignAgreementDto {
  @ApiProperty({
    format: 'date',
    nullable: true,
    example: '2024-01-31',
    description: 'The date on the signed document; null when it has none',
  })
  @DateOrNull()
  signedOn: string | null;

  @ApiPropertyOptional({
    type: PartyDto,
    nullable: true,
    description: 'Who signed, when not the drafted first party (e.g. a Plt.)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartyDto)
  firstParty?: PartyDto | null;

  @ApiPropertyOptional({ type: PartyDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartyDto)
  secondParty?: PartyDto | null;
}
