import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsIsoDate, asTargets } from '../common/planning-values';
import { IndicatorFieldsDto, toBaseline } from '../define-plan-elements/indicator.dto';
import { IndicatorChanges, POLARITIES, Polarity } from '../domain/planning.events';
import { NAME_MAX_LENGTH, TEXT_MAX_LENGTH } from '../domain/planning.rules';

/** Fields given are the new values (null clears one); `targets` is the full new list. Absent fields stay. */
export class ReviseIndicatorDto extends IndicatorFieldsDto {
  @ApiPropertyOptional({ example: 'Indeks Profesionalitas ASN' })
  @IsOptional()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ enum: POLARITIES })
  @IsOptional()
  @IsIn(POLARITIES)
  polarity?: Polarity;

  @ApiPropertyOptional({ nullable: true, example: 'Target 2022 di bawah baseline 2021' })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  reason?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    example: '2024-03-01',
    description: 'When the revision took effect; absent: today',
  })
  @IsOptional()
  @IsIsoDate()
  occurredOn?: string;
}

/** Absent means unchanged; an explicit null clears a nullable field. */
export function toIndicatorChanges(dto: ReviseIndicatorDto): IndicatorChanges {
  const given = <K extends keyof ReviseIndicatorDto>(key: K) =>
    Object.prototype.hasOwnProperty.call(dto, key) && dto[key] !== undefined;
  return {
    ...(given('name') && dto.name !== null ? { name: dto.name } : {}),
    ...(given('polarity') && dto.polarity !== null ? { polarity: dto.polarity } : {}),
    ...(given('unit') ? { unit: dto.unit ?? null } : {}),
    ...(given('definition') ? { definition: dto.definition ?? null } : {}),
    ...(given('dataSource') ? { dataSource: dto.dataSource ?? null } : {}),
    ...(given('baseline') ? { baseline: toBaseline(dto.baseline) } : {}),
    ...(given('targets') && dto.targets !== null ? { targets: asTargets(dto.targets) } : {}),
  };
}
