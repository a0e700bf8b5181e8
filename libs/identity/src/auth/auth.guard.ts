import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { requestContext } from '@jejak/database';
import { NotFoundError } from '@jejak/eventstore';
import { HttpProblem } from '@jejak/http';
import { AUTHENTICATED, AuthenticatedRequest, IS_PUBLIC, PLATFORM_ADMIN_ONLY } from './auth.decorators';
import { AuthenticatedAccount, TokenClaims } from './token-claims';

export const POST_HEADER = 'X-Jejak-Post';
const TENANT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Every route needs a bearer token unless it is `@Public()`. The token's account becomes the
 * request context: a tenant account runs in its tenant; a platform administrator runs as the
 * platform, except on a route with a `:tenant` parameter, where it runs *in that tenant*
 * (platform off, so row-level security binds to it). A tenant account asking for another
 * tenant's route gets 404: other tenants do not exist for it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const claims = await this.verify(req.headers.authorization);
    const routeTenant = typeof req.params?.tenant === 'string' ? req.params.tenant : undefined;
    if (routeTenant !== undefined && !claims.adm && routeTenant !== claims.tenant)
      throw new NotFoundError('Not found.');
    if (routeTenant !== undefined && !TENANT_ID.test(routeTenant)) throw new NotFoundError('Not found.');
    if (this.reflector.getAllAndOverride<boolean>(PLATFORM_ADMIN_ONLY, targets) && !claims.adm) {
      throw new HttpProblem(403, 'AUTH.PLATFORM_ADMIN_ONLY', 'Only a platform administrator may do this.');
    }
    const actor = authenticated(claims, req.headers[POST_HEADER.toLowerCase()]);
    req[AUTHENTICATED] = actor;
    requestContext.assign({
      tenantId: claims.adm ? routeTenant : (claims.tenant ?? undefined),
      platform: claims.adm && routeTenant === undefined,
      actor: { account: actor.account, name: actor.name, ...(actor.post ? { post: actor.post } : {}) },
    });
    return true;
  }

  private async verify(authorization: string | undefined): Promise<TokenClaims> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match)
      throw new HttpProblem(
        401,
        'AUTH.MISSING_TOKEN',
        'This route needs a bearer token (Authorization: Bearer …).',
      );
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims & object>(match[1]);
      if (typeof claims.sub !== 'string' || typeof claims.adm !== 'boolean') throw new Error('claims');
      if (!claims.adm && typeof claims.tenant !== 'string') throw new Error('claims');
      return claims;
    } catch {
      throw new HttpProblem(401, 'AUTH.INVALID_TOKEN', 'The bearer token is invalid or has expired.');
    }
  }
}

function authenticated(claims: TokenClaims, postHeader: string | string[] | undefined): AuthenticatedAccount {
  const posts = Array.isArray(claims.posts) ? claims.posts : [];
  const base = {
    account: claims.sub,
    name: claims.name,
    tenant: claims.tenant ?? null,
    posts,
    platformAdmin: claims.adm,
  };
  if (typeof postHeader === 'string') {
    if (!posts.some((held) => held.post === postHeader)) {
      throw new HttpProblem(
        403,
        'AUTH.POST_NOT_HELD',
        `The account does not hold the post named in ${POST_HEADER}.`,
      );
    }
    return { ...base, post: postHeader };
  }
  return posts.length === 1 ? { ...base, post: posts[0].post } : base;
}
