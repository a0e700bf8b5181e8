import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../domain/agreement.rules';
import { BudgetLineDto, BudgetList, PartyDto, TargetDto, TargetsList } from './agreement-terms.dto';

/** The agency's PK as drafted: the parties, the targets and the budget per program. */
export class DraftAgreementDto {
  @ApiProperty({ example: 2024, minimum: FISCAL_YEAR_MIN, maximum: FISCAL_YEAR_MAX })
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYear: number;

  @ApiProperty({ type: PartyDto, description: 'The head of agency (pihak pertama)' })
  @ValidateNested()
  @Type(() => PartyDto)
  firstParty: PartyDto;

  @ApiProperty({ type: PartyDto, description: 'The head of region (pihak kedua)' })
  @ValidateNested()
  @Type(() => PartyDto)
  secondParty: PartyDto;

  @ApiProperty({ type: [TargetDto] })
  @TargetsList()
  @ArrayMinSize(1, { message: 'targets must hold at least one target' })
  targets: TargetDto[];

  @ApiProperty({
    type: [BudgetLineDto],
    description: 'The budget per program, in whole rupiah; [] when none',
  })
  @BudgetList()
  budget: BudgetLineDto[];
}
