import { applyDecorators } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { LedgerCommandResult } from './ledger-command';

/** The OpenAPI description shared by the ledger's command routes; each adds its 200, 403 and 422. */
export const LedgerCommandRoute = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: "The ledger's ETag read; a stale one is a 409",
    }),
    ApiCreatedResponse({ description: "Recorded; the ledger's new revision (also the ETag)" }),
    ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' }),
    ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' }),
  );

/** 201 when the command recorded something, 200 when the ledger already held it (nothing appended). */
export function respond(res: Response, result: LedgerCommandResult): LedgerCommandResult {
  res.status(result.recorded ? 201 : 200);
  return result;
}
