import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { HttpProblem } from '@jejak/http';
import type { AuthenticatedAccount } from './token-claims';

export const IS_PUBLIC = 'jejak:public';
export const PLATFORM_ADMIN_ONLY = 'jejak:platform-admin-only';

/** The route needs no bearer token (sign-in, health). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Only a platform administrator may call the route; anyone else gets 403. */
export const PlatformAdminOnly = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(PLATFORM_ADMIN_ONLY, true),
    ApiBearerAuth(),
    ApiForbiddenResponse({ description: 'Not a platform administrator' }),
  );

/** Where the guard leaves the caller on the request. */
export const AUTHENTICATED = Symbol('jejak:authenticated');
export type AuthenticatedRequest = Request & { [AUTHENTICATED]?: AuthenticatedAccount };

/** The authenticated caller of the route: `@CurrentActor() actor: AuthenticatedAccount`. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthenticatedAccount => {
    const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>()[AUTHENTICATED];
    if (!actor) throw new HttpProblem(401, 'AUTH.UNAUTHENTICATED', 'This route needs a bearer token.');
    return actor;
  },
);
