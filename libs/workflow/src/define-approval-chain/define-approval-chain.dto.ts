import { POST_ROLES, PostRole } from '@jejak/access';
import { SLUG_PATTERN } from '@jejak/tenancy';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ASSIGNEE_SCOPES, CHAIN_MAX_STEPS, STEP_NAME_MAX_LENGTH } from '../domain/approval-chain.rules';
import { AssigneeScope } from '../domain/workflow.events';

export class StepAssigneeDto {
  @ApiPropertyOptional({
    type: [String],
    example: ['kasubbag-umum-bkpsdm'],
    description: 'Posts by code; or a role',
  })
  @ValidateIf((o: StepAssigneeDto) => o.role === undefined)
  @IsArray()
  @ArrayMinSize(1, { message: 'posts must name at least one post, or give a role instead' })
  @ArrayMaxSize(50)
  @Matches(SLUG_PATTERN, { each: true, message: 'posts must hold post codes (lowercase slugs)' })
  posts?: string[];

  @ApiPropertyOptional({ enum: POST_ROLES, example: 'head-of-unit' })
  @IsOptional()
  @IsIn(POST_ROLES)
  role?: PostRole;

  @ApiPropertyOptional({
    enum: ASSIGNEE_SCOPES,
    default: 'agency',
    description:
      'Where the role is looked for: the submitting unit, its agency, or the tenant (the inspectorate)',
  })
  @IsOptional()
  @IsIn(ASSIGNEE_SCOPES)
  scope?: AssigneeScope;
}

export class ChainStepDto {
  @ApiProperty({ example: 'Verifikasi kepala bidang', maxLength: STEP_NAME_MAX_LENGTH })
  @IsString()
  @Length(1, STEP_NAME_MAX_LENGTH)
  @Matches(/\S/, { message: 'name must name the step' })
  name: string;

  @ApiProperty({ type: [StepAssigneeDto], description: 'Who may act: posts or roles, never people' })
  @IsArray()
  @ArrayMinSize(1, { message: 'assignees must name at least one post or role' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => StepAssigneeDto)
  assignees: StepAssigneeDto[];

  @ApiProperty({
    nullable: true,
    example: 259200,
    description: 'Seconds the step may wait before it is overdue; null: no due date',
  })
  @ValidateIf((o: ChainStepDto) => o.dueInSeconds !== null)
  @IsInt()
  @Min(1)
  dueInSeconds: number | null;
}

export class DefineApprovalChainDto {
  @ApiProperty({ type: [ChainStepDto], description: 'The approving steps in order (the drafter is not one)' })
  @IsArray()
  @ArrayMinSize(1, { message: 'steps must have at least one step' })
  @ArrayMaxSize(CHAIN_MAX_STEPS)
  @ValidateNested({ each: true })
  @Type(() => ChainStepDto)
  steps: ChainStepDto[];
}
