import { Command, Decider, unreachable } from '@jejak/eventstore';
import { ErasureReasonRequired } from './privacy.errors';
import { PrivacyEvent } from './privacy.events';

export interface ErasePersonalDataData {
  /** The person's id: an account id, or the id derived from a NIP (see PersonIds). */
  readonly person: string;
  readonly reason: string;
}

export type ErasePersonalData = Command<'ErasePersonalData', ErasePersonalDataData>;
export type PrivacyCommand = ErasePersonalData;

/** The tenant's erasures so far. */
export interface PrivacyState {
  readonly erased: readonly string[];
}

export const initialState = (): PrivacyState => ({ erased: [] });

/** Erased once, for good; erasing again records nothing (a retried request, a second click). */
export function erase(command: ErasePersonalData, state: PrivacyState): PrivacyEvent[] {
  const reason = command.data.reason.trim();
  if (reason === '') throw new ErasureReasonRequired();
  if (state.erased.includes(command.data.person)) return [];
  return [{ type: 'PersonalDataErased', data: { person: command.data.person, reason } }];
}

export function decide(command: PrivacyCommand, state: PrivacyState): PrivacyEvent[] {
  switch (command.type) {
    case 'ErasePersonalData':
      return erase(command, state);
    default:
      return unreachable(command.type, 'privacy command');
  }
}

export function evolve(state: PrivacyState, event: PrivacyEvent): PrivacyState {
  switch (event.type) {
    case 'PersonalDataErased':
      return { erased: [...state.erased, event.data.person] };
    default:
      return unreachable(event.type, 'privacy event');
  }
}

export const privacyDecider: Decider<PrivacyState, PrivacyCommand, PrivacyEvent> = {
  decide,
  evolve,
  initialState,
};
