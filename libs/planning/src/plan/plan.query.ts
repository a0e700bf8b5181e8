import { Query } from '@nestjs/cqrs';
import { IndicatorView } from './plan.finders';
import { PlanView } from './plan.view';

/** The Renstra in force for `year`, as a tree; none → `NoRenstraInForce` (404). */
export class GetPlanQuery extends Query<PlanView> {
  constructor(
    readonly tenant: string,
    readonly agency: string,
    readonly year: number,
  ) {
    super();
  }
}

/** An indicator with the revision of its Renstra's stream (the ETag for its revisions). */
export type IndicatorWithRevision = IndicatorView & { readonly revision: number };

/** One indicator of one Renstra; unknown → `UnknownIndicator` (404). */
export class GetIndicatorQuery extends Query<IndicatorWithRevision> {
  constructor(
    readonly tenant: string,
    readonly agency: string,
    readonly period: string,
    readonly code: string,
  ) {
    super();
  }
}
