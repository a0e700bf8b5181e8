import { Decider, unreachable } from '@jejak/eventstore';
import { recordHistoricalResults } from './history.rules';
import { reviseIndicator } from './indicator.rules';
import { definePlanElements } from './plan-elements.rules';
import { AdoptRenstra, AmendRenstra, RenstraCommand, RenstraRef } from './renstra.commands';
import {
  AdoptedAfterPeriod,
  AmendmentConflict,
  AmendmentOutOfTime,
  AmendmentWithoutReason,
  InvalidPeriod,
  RenstraAlreadyAdopted,
  RenstraNotFound,
} from './planning.errors';
import { PlanningEvent, RenstraAmended } from './planning.events';
import { MAX_PERIOD_SPAN, RenstraPeriod, formatPeriod, inPeriod, yearOf } from './renstra-period';
import { AdoptedRenstra, RenstraState, evolve, initialState } from './renstra.state';
import { same } from './same-data';

function assertPeriod({ from, to }: RenstraPeriod): void {
  if (to <= from) throw new InvalidPeriod(`The period must end after it starts (${from}–${to})`);
  if (to - from > MAX_PERIOD_SPAN) {
    throw new InvalidPeriod(
      `A Renstra covers at most ${MAX_PERIOD_SPAN + 1} fiscal years; ${from}–${to} covers ${to - from + 1}`,
    );
  }
}

/** Adopted once: the same adoption again records nothing, another one is refused (amend instead). */
export function adoptRenstra(command: AdoptRenstra, state: RenstraState): PlanningEvent[] {
  const { agency, title, period, adoptedOn } = command.data;
  const data = {
    agency,
    title: title ?? null,
    period: { from: period.from, to: period.to },
    adoptedOn: adoptedOn ?? null,
  };
  if (state.status === 'adopted') {
    if (same(state.adoption, data)) return [];
    throw new RenstraAlreadyAdopted(formatPeriod(period));
  }
  assertPeriod(period);
  if (data.adoptedOn !== null && yearOf(data.adoptedOn) > period.to)
    throw new AdoptedAfterPeriod(data.adoptedOn, period.to);
  return [{ type: 'RenstraAdopted', data }];
}

function assertAmendedInTime(state: AdoptedRenstra, amendedOn: string | null): void {
  if (amendedOn === null) return;
  const { period, adoption } = state;
  if (!inPeriod(period, yearOf(amendedOn))) {
    throw new AmendmentOutOfTime(
      `A Perubahan Renstra falls within its period ${formatPeriod(period)}, not on ${amendedOn}`,
    );
  }
  if (adoption.adoptedOn !== null && amendedOn < adoption.adoptedOn) {
    throw new AmendmentOutOfTime(
      `The Renstra was adopted on ${adoption.adoptedOn}; it cannot be amended before (${amendedOn})`,
    );
  }
}

/** Perubahan Renstra: a reason always, a legal basis when there is one; the same amendment twice records nothing. */
export function amendRenstra(command: AmendRenstra, state: AdoptedRenstra): PlanningEvent[] {
  const { amendedOn, reason, legalBasis, title } = command.data;
  if (!reason || reason.trim() === '') throw new AmendmentWithoutReason();
  const amendment: RenstraAmended['data'] = {
    title: title ?? null,
    amendedOn: amendedOn ?? null,
    reason,
    legalBasis: legalBasis ?? null,
  };
  const earlier = state.amendments.find((a) => a.amendedOn === amendment.amendedOn && a.reason === reason);
  if (earlier) {
    if (same(earlier, amendment)) return [];
    throw new AmendmentConflict(amendment.amendedOn);
  }
  assertAmendedInTime(state, amendment.amendedOn);
  return [{ type: 'RenstraAmended', data: amendment }];
}

function adopted(state: RenstraState, { agency, period }: RenstraRef): AdoptedRenstra {
  if (state.status === 'absent') throw new RenstraNotFound(agency, formatPeriod(period));
  return state;
}

export function decide(command: RenstraCommand, state: RenstraState): readonly PlanningEvent[] {
  switch (command.type) {
    case 'AdoptRenstra':
      return adoptRenstra(command, state);
    case 'AmendRenstra':
      return amendRenstra(command, adopted(state, command.data));
    case 'DefinePlanElements':
      return definePlanElements(command.data, adopted(state, command.data));
    case 'ReviseIndicator':
      return reviseIndicator(command.data, adopted(state, command.data));
    case 'RecordHistoricalResults':
      return recordHistoricalResults(command.data, adopted(state, command.data));
    default:
      return unreachable(command, 'renstra command');
  }
}

/** The Renstra of one agency and period: stream `{tenant}/renstra-{agency}-{from}-{to}`. */
export const renstraDecider: Decider<RenstraState, RenstraCommand, PlanningEvent> = {
  decide,
  evolve,
  initialState,
};
