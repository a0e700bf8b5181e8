import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { RenstraCommandResult } from '../common/execute-renstra-command';
import { RENSTRA_ROUTE, asBody, planCommandMetadata, respond } from '../common/renstra-http';
import { RenstraCommandRoute, RenstraRequest, RenstraRequestContext } from '../common/renstra-request';
import { PlanElementLists, planElements } from '../domain/renstra.commands';
import { DefinePlanElementsCommand } from './define-plan-elements.command';
import { DefinePlanElementsDto, toPlanElementLists } from './define-plan-elements.dto';
import { IndicatorDto, toIndicator } from './indicator.dto';
import {
  ActivityDto,
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

const CREATED = 'The new revision (also the ETag); 200 when it is already defined so';
const REFUSED =
  'PLANNING.DEFINED_DIFFERENTLY, PLANNING.UNKNOWN_{GOAL,OBJECTIVE,PROGRAM,ACTIVITY,SUB_ACTIVITY}';

/** Each route defines one fact (a list of one); `elements` defines any number in one append. */
@ApiTags('planning')
@RenstraCommandRoute()
@ApiCreatedResponse({ description: CREATED })
@Controller(RENSTRA_ROUTE)
export class DefinePlanElementsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('elements')
  @ApiOperation({
    summary:
      'Define goals, objectives, programs, kegiatan, sub kegiatan and indicators at once (plan.manage)',
  })
  @ApiUnprocessableEntityResponse({
    description: `${REFUSED}; the whole request is refused, naming the element`,
  })
  elements(
    @RenstraRequest() at: RenstraRequestContext,
    @Body() body: DefinePlanElementsDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.define(at, toPlanElementLists(body), res, body.occurredOn);
  }

  @Post('goals')
  @ApiOperation({ summary: 'Define a goal (tujuan)' })
  goal(
    @RenstraRequest() at: RenstraRequestContext,
    @Body() body: GoalDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return asBody('goals[0]', () => this.define(at, { goals: [toGoal(body)] }, res));
  }

  @Post('objectives')
  @ApiOperation({ summary: 'Define an objective (sasaran) under a goal' })
  @ApiUnprocessableEntityResponse({ description: REFUSED })
  objective(
    @RenstraRequest() at: RenstraRequestContext,
    @Body() body: ObjectiveDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return asBody('objectives[0]', () => this.define(at, { objectives: [toObjective(body)] }, res));
  }

  @Post('programs')
  @ApiOperation({ summary: 'Define a program, with the objectives it serves' })
  @ApiUnprocessableEntityResponse({ description: `${REFUSED}, PLANNING.BUDGET_CODE_TAKEN` })
  program(
    @RenstraRequest() at: RenstraRequestContext,
    @Body() body: ProgramDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return asBody('programs[0]', () => this.define(at, { programs: [toProgram(body)] }, res));
  }

  @Post('activities')
  @ApiOperation({ summary: 'Define a kegiatan under a program, with its owning unit' })
  @ApiUnprocessableEntityResponse({
    description: `${REFUSED}, PLANNING.BUDGET_CODE_TAKEN, PLANNING.CODE_NOT_UNDER_PARENT`,
  })
  activity(
    @RenstraRequest() at: RenstraRequestContext,
    @Body() body: ActivityDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return asBody('activities[0]', () => this.define(at, { activities: [toActivity(body)] }, res));
  }

  @Post('sub-activities')
  @ApiOperation({ summary: 'Define a sub kegiatan under a kegiatan' })
  @ApiUnprocessableEntityResponse({
    description: `${REFUSED}, PLANNING.BUDGET_CODE_TAKEN, PLANNING.CODE_NOT_UNDER_PARENT`,
  })
  subActivity(
    @RenstraRequest() at: RenstraRequestContext,
    @Body() body: SubActivityDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return asBody('subActivities[0]', () => this.define(at, { subActivities: [toSubActivity(body)] }, res));
  }

  @Post('indicators')
  @ApiOperation({
    summary:
      'Define an indicator: unit, polarity, place in the plan, baseline, targets, validity, predecessors',
  })
  @ApiUnprocessableEntityResponse({
    description: `${REFUSED}, PLANNING.VALIDITY_OUTSIDE_PERIOD, PLANNING.TARGET_OUTSIDE_VALIDITY, PLANNING.REPLACED_BEFORE_IN_FORCE`,
  })
  indicator(
    @RenstraRequest() at: RenstraRequestContext,
    @Body() body: IndicatorDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return asBody('indicators[0]', () => this.define(at, { indicators: [toIndicator(body)] }, res));
  }

  private async define(
    at: RenstraRequestContext,
    lists: Partial<PlanElementLists>,
    res: Response,
    occurredOn?: string,
  ): Promise<RenstraCommandResult> {
    const metadata = planCommandMetadata(at.tenant, at.agency, at.caller, occurredOn);
    const command = new DefinePlanElementsCommand(planElements(at, lists), metadata, at.expectedRevision);
    return respond(res, await this.commands.execute(command));
  }
}
