import { NotFoundError, EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Controller, Get, Inject, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { assertAgencyExists } from '../shared/known-agency';
import { Sha256Pipe } from '../shared/params';
import { findEvidenceFile } from './evidence-files';

/** The file's name for the download: plain ASCII for old clients, the exact name in RFC 5987 form. */
const contentDisposition = (name: string): string =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/evidence')
export class EvidenceController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get(':sha256')
  @ApiOperation({ summary: 'The bytes of an evidence file of a follow-up, by their SHA-256' })
  @ApiOkResponse({ description: 'The file, with its media type and name' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY, or no such file in the tenant' })
  async download(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Param('sha256', Sha256Pipe) sha256: string,
  ): Promise<StreamableFile> {
    await assertAgencyExists(this.store, tenant, agency);
    const file = await findEvidenceFile(this.dataSource, sha256);
    if (!file) throw new NotFoundError(`No evidence file ${sha256} is kept in this tenant`);
    return new StreamableFile(file.bytes, {
      type: file.mediaType,
      length: file.size,
      disposition: contentDisposition(file.name),
    });
  }
}
