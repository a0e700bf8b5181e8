import { HttpProblem, parseIfMatch } from '@jejak/http';
import { AUTHENTICATED } from '@jejak/identity';
import type { AuthenticatedAccount, AuthenticatedRequest } from '@jejak/identity';
import { ExecutionContext, applyDecorators, createParamDecorator } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiParam,
} from '@nestjs/swagger';
import { RenstraPeriod } from '../domain/renstra-period';
import { AgencyPipe, RenstraPeriodPipe } from './renstra-http';

/** What every command route on one Renstra needs from its request. */
export interface RenstraRequestContext {
  readonly tenant: string;
  readonly agency: string;
  readonly period: RenstraPeriod;
  /** From `If-Match`: the revision the client saw. */
  readonly expectedRevision: number | undefined;
  readonly caller: AuthenticatedAccount;
}

/**
 * `@RenstraRequest() at: RenstraRequestContext` — the route's `:tenant`, `:agency` (404 when it
 * cannot name one), `:period` (400 unless like `2021-2026`), `If-Match` and the caller.
 */
export const RenstraRequest = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): RenstraRequestContext => {
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const caller = req[AUTHENTICATED];
    if (!caller) throw new HttpProblem(401, 'AUTH.UNAUTHENTICATED', 'This route needs a bearer token.');
    return {
      tenant: String(req.params.tenant),
      agency: new AgencyPipe().transform(req.params.agency),
      period: new RenstraPeriodPipe().transform(req.params.period),
      expectedRevision: parseIfMatch(req.headers['if-match']),
      caller,
    };
  },
);

/** The OpenAPI description shared by the command routes on one Renstra. */
export const RenstraCommandRoute = () =>
  applyDecorators(
    ApiBearerAuth(),
    ApiParam({ name: 'tenant', example: 'kota-dumai' }),
    ApiParam({ name: 'agency', example: 'bkpsdm' }),
    ApiParam({ name: 'period', example: '2021-2026' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag read; a stale one is a 409' }),
    ApiForbiddenResponse({
      description: 'ACCESS.DENIED: no post of yours may manage this plan (plan.manage)',
    }),
    ApiNotFoundResponse({
      description: 'PLANNING.RENSTRA_NOT_FOUND: the agency has no Renstra of this period',
    }),
    ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' }),
  );
