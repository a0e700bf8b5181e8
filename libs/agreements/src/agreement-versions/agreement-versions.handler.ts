import { inTenantEntityTransaction } from '@jejak/database';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { AgreementNotFound } from '../domain/agreement.errors';
import {
  AgreementView,
  GetAgreementQuery,
  agreementView,
  findAgreementVersions,
} from './agreement-versions.query';

// Row-level security scopes the read to the caller's tenant: another tenant's PK is not found.
@QueryHandler(GetAgreementQuery)
export class GetAgreementHandler implements IQueryHandler<GetAgreementQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: GetAgreementQuery): Promise<AgreementView> {
    const rows = await inTenantEntityTransaction(this.dataSource, (manager) =>
      findAgreementVersions(manager, query),
    );
    if (rows.length === 0) throw new AgreementNotFound(query.agency, query.fiscalYear, query.party);
    return agreementView(rows);
  }
}
