import { authorize } from '@jejak/access';
import { CommandMetadata } from '@jejak/eventstore';
import { RequestValidationError, commandMetadataFromContext } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { normalizeNip } from '../domain/person-ids';
import { PersonalDataEventStore } from '../personal-data-store/personal-data-event-store';
import { ErasePersonalDataCommand, ErasureResult } from './erase-personal-data.command';
import { ErasePersonalDataDto, PersonLookupDto } from './erase-personal-data.dto';

/** The tenant administrator (or the platform administrator, through no post) is the actor. */
function administratorMetadata(
  caller: AuthenticatedAccount,
  tenant: string,
  extra: Partial<CommandMetadata> = {},
): CommandMetadata {
  const now = new Date();
  const principal = { platformAdmin: caller.platformAdmin, posts: caller.posts, post: caller.post };
  const granting = authorize(principal, 'tenant.administer', {}, now);
  const actor = { account: caller.account, name: caller.name };
  const acting = granting?.acting ? { acting: granting.post } : {};
  return commandMetadataFromContext({
    tenantId: tenant,
    now,
    ...extra,
    actor: granting ? { ...actor, post: granting.post, ...acting } : actor,
  });
}

export interface PersonLookup {
  readonly person: string;
  /** Whether the tenant holds personal data of this person: a live key, an erased one, or none. */
  readonly status: 'stored' | 'erased' | 'none';
}

@ApiTags('privacy')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'ACCESS.DENIED: none of your posts administers the tenant' })
@Controller('api/v1/tenants/:tenant/people')
export class ErasePersonalDataController {
  constructor(
    private readonly commands: CommandBus,
    private readonly personalData: PersonalDataEventStore,
  ) {}

  @Post(':person/erasure')
  @ApiOperation({
    summary: "Erase a person's personal data (UU PDP): their names and NIPs read as [dihapus] everywhere",
    description:
      '`person` is an account id, or the id `POST …/people/lookup` gives for a NIP. The key that ' +
      'encrypts their data is destroyed; the log, its hash chain and every number stay as they were.',
  })
  @ApiCreatedResponse({ description: 'Erased now; PersonalDataErased recorded on {tenant}/privacy' })
  @ApiOkResponse({ description: 'Erased already: nothing appended' })
  @ApiNotFoundResponse({ description: 'PRIVACY.UNKNOWN_PERSON, TENANCY.UNKNOWN_TENANT' })
  @ApiUnprocessableEntityResponse({ description: 'PRIVACY.ACCOUNT_STILL_ACTIVE: disable the account first' })
  async erase(
    @Param('tenant') tenant: string,
    @Param('person') person: string,
    @Body() body: ErasePersonalDataDto,
    @CurrentActor() caller: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ErasureResult> {
    const reason = body.reason.trim();
    const metadata = administratorMetadata(caller, tenant, { reason });
    const result = await this.commands.execute(new ErasePersonalDataCommand({ person, reason }, metadata));
    res.status(result.recorded ? 201 : 200);
    return result;
  }

  @Post('lookup')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The person id of a NIP (or of a name), to erase them: sent in the body, never in a URL',
  })
  @ApiOkResponse({ description: '{ person, status: stored | erased | none }' })
  async lookup(
    @Param('tenant') tenant: string,
    @Body() body: PersonLookupDto,
    @CurrentActor() caller: AuthenticatedAccount,
  ): Promise<PersonLookup> {
    administratorMetadata(caller, tenant);
    const nip = body.nip === undefined ? undefined : normalizeNip(body.nip);
    if ((nip === undefined) === (body.name === undefined))
      throw new RequestValidationError([{ path: 'nip', message: 'give exactly one of nip and name' }]);
    const person = this.personalData.ids.ofParty(tenant, { nip, name: body.name });
    if (person === null) throw new RequestValidationError([{ path: 'name', message: 'must not be blank' }]);
    return { person, status: await this.personalData.vault.status(tenant, person) };
  }
}
