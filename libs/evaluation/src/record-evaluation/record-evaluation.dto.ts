import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DATE_PATTERN, FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, TEXT_MAX_LENGTH } from '../domain/evaluation.rules';
import { GRADES, Grade, RUBRICS } from '../domain/rubric';
import { DecimalInput, IsScore } from '../shared/decimal-input';
import { RECOMMENDATIONS_MAX } from '../shared/params';

const COMPONENT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COMPONENT_CODES = [...new Set(RUBRICS.flatMap((r) => r.components.map((c) => c.code)))];

export class ComponentScoreDto {
  @ApiProperty({ enum: COMPONENT_CODES, example: 'perencanaan', description: "The rubric's component code" })
  @IsString()
  @MaxLength(64)
  @Matches(COMPONENT_CODE, {
    message: 'component must be a component code of the rubric, like "perencanaan"',
  })
  component: string;

  @ApiPropertyOptional({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    nullable: true,
    example: 25.82,
    description: 'At most the component’s weight (422 otherwise); null when the LHE gives none',
  })
  @ValidateIf((o: ComponentScoreDto) => o.score !== null && o.score !== undefined)
  @IsScore()
  score?: DecimalInput | null;
}

export class RecommendationDto {
  @ApiProperty({
    example: 'Menyusun SK IKI dilengkapi dengan definisi operasional yang jelas',
    maxLength: 4000,
  })
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  @Matches(/\S/, { message: 'text must say what is recommended' })
  text: string;

  @ApiPropertyOptional({ example: 'perencanaan', nullable: true, description: 'The component it is about' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(COMPONENT_CODE, {
    message: 'component must be a component code of the rubric, like "perencanaan"',
  })
  component?: string | null;
}

const optionalText = (example: string) =>
  ApiPropertyOptional({ example, nullable: true, maxLength: TEXT_MAX_LENGTH });

export class RecordEvaluationDto {
  @ApiProperty({ example: 2023, description: 'The fiscal year the LHE evaluates (the LHE’s id)' })
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYearEvaluated: number;

  @optionalText('700/1320.1/INSP-S')
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  letterNumber?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    example: '2023-12-08',
    nullable: true,
    description: "The letter's date",
  })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'issuedOn must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'issuedOn must be a real calendar date' })
  issuedOn?: string | null;

  @optionalText('Inspektorat Kota Dumai')
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  evaluator?: string | null;

  @ApiPropertyOptional({
    enum: RUBRICS.map((r) => r.version),
    description: 'The rubric version; absent, the one in force for the fiscal year evaluated',
  })
  @IsOptional()
  @IsIn(RUBRICS.map((r) => r.version))
  rubric?: string;

  @ApiPropertyOptional({ type: [ComponentScoreDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ComponentScoreDto)
  components?: ComponentScoreDto[];

  @ApiPropertyOptional({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    nullable: true,
    example: 71.31,
    description: 'The total as the LHE prints it; kept beside the computed one, a difference flagged',
  })
  @ValidateIf((o: RecordEvaluationDto) => o.score !== null && o.score !== undefined)
  @IsScore()
  score?: DecimalInput | null;

  @ApiPropertyOptional({ enum: GRADES, nullable: true, description: 'The grade as the LHE prints it' })
  @IsOptional()
  @IsIn(GRADES)
  grade?: Grade | null;

  @ApiPropertyOptional({ type: [RecommendationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RECOMMENDATIONS_MAX)
  @ValidateNested({ each: true })
  @Type(() => RecommendationDto)
  recommendations?: RecommendationDto[];
}
