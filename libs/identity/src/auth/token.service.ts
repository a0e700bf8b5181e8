import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AccountView } from '../accounts/account.view';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import type { TokenClaims } from './token-claims';

export interface IssuedToken {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
  readonly account: {
    readonly id: string;
    readonly email: string;
    readonly name: string;
    readonly tenant: string | null;
    readonly posts: AccountView['posts'];
    readonly platformAdmin: boolean;
  };
}

/** Signs access tokens (HS256 with the configured secret, for `jwtTtlSeconds`). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async issue(account: AccountView): Promise<IssuedToken> {
    const claims: TokenClaims = {
      sub: account.id,
      tenant: account.tenant,
      posts: account.posts,
      adm: account.platformAdmin,
      name: account.displayName,
    };
    const accessToken = await this.jwt.signAsync({ ...claims }, { expiresIn: this.options.jwtTtlSeconds });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.options.jwtTtlSeconds,
      account: {
        id: account.id,
        email: account.email,
        name: account.displayName,
        tenant: account.tenant,
        posts: account.posts,
        platformAdmin: account.platformAdmin,
      },
    };
  }
}
