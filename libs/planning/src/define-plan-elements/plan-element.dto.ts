import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  ActivityDefined,
  GoalDefined,
  ObjectiveDefined,
  ProgramDefined,
  SubActivityDefined,
} from '../domain/planning.events';
import {
  CODE_MAX_LENGTH,
  CODE_PATTERN,
  LIST_MAX,
  NAME_MAX_LENGTH,
  SLUG_PATTERN,
  TEXT_MAX_LENGTH,
} from '../domain/planning.rules';

/** A plan code (interchange `code`): `T1`, `S1.1`, `5.03.02.2.01`, `PRG.01`. */
export function IsPlanCode(example: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example, pattern: CODE_PATTERN.source, maxLength: CODE_MAX_LENGTH }),
    IsString(),
    MaxLength(CODE_MAX_LENGTH),
    Matches(CODE_PATTERN, {
      message: '$property must be a code like S1.1 or 5.03.02 (letters, digits, . _ -)',
    }),
  );
}

const IsText = (example: string, max = TEXT_MAX_LENGTH) =>
  applyDecorators(ApiProperty({ example }), IsString(), Length(1, max));

export class GoalDto {
  @IsPlanCode('T1')
  code: string;

  @IsText('Meningkatkan Profesionalitas Aparatur Sipil Negara Pemerintah Kota Dumai')
  statement: string;
}

export class ObjectiveDto {
  @IsPlanCode('S1')
  code: string;

  @IsPlanCode('T1')
  goal: string;

  @IsText('Meningkatnya kualitas penyelenggaraan manajemen ASN')
  statement: string;
}

export class ProgramDto {
  @IsPlanCode('5.03.02')
  code: string;

  @IsText('Program Kepegawaian Daerah', NAME_MAX_LENGTH)
  name: string;

  @ApiPropertyOptional({ type: [String], example: ['S1'], description: 'The objectives (sasaran) it serves' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @Matches(CODE_PATTERN, { each: true, message: 'objectives must hold objective codes like S1' })
  objectives?: string[];
}

export class ActivityDto {
  @IsPlanCode('5.03.02.2.01')
  code: string;

  @IsPlanCode('5.03.02')
  program: string;

  @IsText('Pengadaan, Pemberhentian dan Informasi Kepegawaian', NAME_MAX_LENGTH)
  name: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 'bidang-pengadaan-pemberhentian-informasi',
    description: 'The owning unit',
  })
  @IsOptional()
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'unit must be a unit code (a lowercase slug)' })
  unit?: string | null;
}

export class SubActivityDto {
  @IsPlanCode('5.03.02.2.01.0011')
  code: string;

  @IsPlanCode('5.03.02.2.01')
  activity: string;

  @IsText('Pengelolaan Data Kepegawaian', NAME_MAX_LENGTH)
  name: string;
}

export const toGoal = (dto: GoalDto): GoalDefined['data'] => ({ code: dto.code, statement: dto.statement });
export const toObjective = (dto: ObjectiveDto): ObjectiveDefined['data'] => ({
  code: dto.code,
  goal: dto.goal,
  statement: dto.statement,
});
export const toProgram = (dto: ProgramDto): ProgramDefined['data'] => ({
  code: dto.code,
  name: dto.name,
  objectives: dto.objectives ?? [],
});
export const toActivity = (dto: ActivityDto): ActivityDefined['data'] => ({
  code: dto.code,
  program: dto.program,
  name: dto.name,
  unit: dto.unit ?? null,
});
export const toSubActivity = (dto: SubActivityDto): SubActivityDefined['data'] => ({
  code: dto.code,
  activity: dto.activity,
  name: dto.name,
});

/** A list of one kind of element, each validated where it stands (`indicators[3].parent`). */
export const ElementList = (type: new () => object) =>
  applyDecorators(
    ApiPropertyOptional({ type: [type] }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(LIST_MAX),
    ValidateNested({ each: true }),
    Type(() => type),
  );
