import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountDetailsController } from './account-details/account-details.controller';
import { AccountEntity } from './accounts/account.entity';
import { IdentityService } from './accounts/identity.service';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { CreateAccountController } from './create-account/create-account.controller';
import { CurrentAccountController } from './current-account/current-account.controller';
import { DisableAccountController } from './disable-account/disable-account.controller';
import { IDENTITY_OPTIONS, IdentityOptions } from './identity.options';
import { IssueTokenController } from './issue-token/issue-token.controller';

/**
 * Accounts, sign-in and the global auth guard (every route needs a bearer token unless
 * `@Public()`). Needs TypeORM's DataSource and `EVENT_STORE` from the root module; makes the
 * configured platform administrator at application start.
 */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        TypeOrmModule.forFeature([AccountEntity]),
        JwtModule.register({
          // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to
          // parse it as a public key on every verify — measured 350 µs against 8 µs per request.
          // @nestjs/jwt passes the secret through untouched; its type only names string | Buffer.
          secret: createSecretKey(Buffer.from(options.jwtSecret, 'utf8')) as unknown as string,
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
      ],
      controllers: [
        IssueTokenController,
        CurrentAccountController,
        CreateAccountController,
        AccountDetailsController,
        DisableAccountController,
      ],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        IdentityService,
        TokenService,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [IdentityService, TokenService],
    };
  }
}
