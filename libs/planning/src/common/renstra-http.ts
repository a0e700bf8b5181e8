import { CommandMetadata, DomainError, NotFoundError } from '@jejak/eventstore';
import { RequestValidationError, authorizedMetadata } from '@jejak/http';
import type { AuthenticatedAccount } from '@jejak/identity';
import { Injectable, PipeTransform } from '@nestjs/common';
import type { Response } from 'express';
import { UnknownIndicator } from '../domain/planning.errors';
import { CODE_PATTERN, SLUG_PATTERN } from '../domain/planning.rules';
import { RenstraPeriod, parsePeriod } from '../domain/renstra-period';
import { RenstraCommandResult } from './execute-renstra-command';

/** Every route of the plan lives under its tenant and agency. */
export const AGENCY_ROUTE = 'api/v1/tenants/:tenant/agencies/:agency';
export const RENSTRA_ROUTE = `${AGENCY_ROUTE}/renstra/:period`;

/** `:period` → { from, to }; anything but `2021-2026`-like is the client's 400 naming it. */
@Injectable()
export class RenstraPeriodPipe implements PipeTransform<unknown, RenstraPeriod> {
  transform(value: unknown): RenstraPeriod {
    const period = typeof value === 'string' ? parsePeriod(value) : null;
    if (!period)
      throw new RequestValidationError([
        { path: 'period', message: 'must be a Renstra period like 2021-2026' },
      ]);
    return period;
  }
}

/** `:agency`: a code that cannot name an agency names none (404), never a stream. */
@Injectable()
export class AgencyPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !SLUG_PATTERN.test(value) || value.length > 63)
      throw new NotFoundError(`Agency "${String(value)}" does not exist`, ['agency']);
    return value;
  }
}

@Injectable()
export class IndicatorCodePipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !CODE_PATTERN.test(value) || value.length > 64)
      throw new UnknownIndicator(String(value));
    return value;
  }
}

/**
 * The metadata of a plan command sent by the current request, once the caller may manage the
 * agency's plan (`plan.manage`, else 403 `ACCESS.DENIED`; see `authorizedMetadata`).
 * `occurredOn` dates a fact that took effect on another day.
 */
export function planCommandMetadata(
  tenant: string,
  agency: string,
  caller: AuthenticatedAccount,
  occurredOn?: string | null,
): CommandMetadata {
  const dated = occurredOn ? { occurredAt: occurredOn } : {};
  return authorizedMetadata(caller, 'plan.manage', { tenant, agency }, dated);
}

/**
 * Runs a command whose data holds the request body as the first item of a list (a one-fact
 * route sends a list of one): refusals then name the body's fields (`parent`, not `indicators[0].parent`).
 */
export async function asBody<T>(listItem: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) {
      const prefix = `${listItem}.`;
      // The error was made for this request only: rebasing its paths in place is safe.
      (error as { fields: readonly string[] }).fields = error.fields.map((f) =>
        f.startsWith(prefix) ? f.slice(prefix.length) : f,
      );
    }
    throw error;
  }
}

/** 201 when the command recorded something, 200 when it repeated what is recorded (nothing appended). */
export function respond(res: Response, result: RenstraCommandResult): RenstraCommandResult {
  res.status(result.appended > 0 ? 201 : 200);
  return result;
}
