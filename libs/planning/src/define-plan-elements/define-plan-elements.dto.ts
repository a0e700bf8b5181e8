import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsIsoDate } from '../common/planning-values';
import { PlanElementLists } from '../domain/renstra.commands';
import { IndicatorDto, toIndicator } from './indicator.dto';
import {
  ActivityDto,
  ElementList,
  GoalDto,
  ObjectiveDto,
  ProgramDto,
  SubActivityDto,
  toActivity,
  toGoal,
  toObjective,
  toProgram,
  toSubActivity,
} from './plan-element.dto';

/** Any part of the plan at once, decided in this order (a list may name what an earlier one defines). */
export class DefinePlanElementsDto {
  @ElementList(GoalDto)
  goals?: GoalDto[];

  @ElementList(ObjectiveDto)
  objectives?: ObjectiveDto[];

  @ElementList(ProgramDto)
  programs?: ProgramDto[];

  @ElementList(ActivityDto)
  activities?: ActivityDto[];

  @ElementList(SubActivityDto)
  subActivities?: SubActivityDto[];

  @ElementList(IndicatorDto)
  indicators?: IndicatorDto[];

  @ApiPropertyOptional({
    format: 'date',
    example: '2024-03-01',
    description: 'When the definitions took effect (e.g. a Perubahan Renstra); absent: today',
  })
  @IsOptional()
  @IsIsoDate()
  occurredOn?: string;
}

export const toPlanElementLists = (dto: DefinePlanElementsDto): PlanElementLists => ({
  goals: (dto.goals ?? []).map(toGoal),
  objectives: (dto.objectives ?? []).map(toObjective),
  programs: (dto.programs ?? []).map(toProgram),
  activities: (dto.activities ?? []).map(toActivity),
  subActivities: (dto.subActivities ?? []).map(toSubActivity),
  indicators: (dto.indicators ?? []).map(toIndicator),
});
