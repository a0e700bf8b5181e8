/*
 * The agreements of the fixtures (test/fixtures/*.json), turned into this context's commands the
 * way the interchange importer sends them: the PK, its signature and each amendment, dated by the
 * document (null stays undated), numbered, with source 'import' and deterministic command ids.
 */
import { RequestContext, requestContext } from '@jejak/database';
import { EventStore, uuidV5 } from '@jejak/eventstore';
import { specMetadata } from '@jejak/testing';
import { readFixture } from '../../../../test/fixtures/fixtures';
import { occurredOn } from '../agreement-result';
import { AmendAgreementCommand } from '../amend-agreement/amend-agreement.command';
import { AmendAgreementHandler } from '../amend-agreement/amend-agreement.handler';
import { DraftAgreementCommand } from '../draft-agreement/draft-agreement.command';
import { DraftAgreementHandler } from '../draft-agreement/draft-agreement.handler';
import { SignAgreementCommand } from '../sign-agreement/sign-agreement.command';
import { SignAgreementHandler } from '../sign-agreement/sign-agreement.handler';

interface DocTarget {
  indicator: string;
  target: number;
  fundedBy?: string[];
}
interface DocBudget {
  program: string;
  amount: number;
}
interface DocAgreement {
  signedOn: string | null;
  firstParty: { position: string };
  secondParty: { position: string };
  targets: DocTarget[];
  budget: DocBudget[];
  amendments: { signedOn: string | null; reason: string; targets?: DocTarget[]; budget?: DocBudget[] }[];
}
export interface Fixture {
  tenant: { code: string };
  agency: { code: string };
  fiscalYear: number;
  agreement: DocAgreement;
}
export interface Expected {
  agreement: { versions: number; budgetBefore: number; budgetAfter: number };
}

export const targets = (list: DocTarget[]) =>
  list.map((t) => ({ indicator: t.indicator, target: String(t.target), fundedBy: t.fundedBy ?? null }));
export const budget = (list: DocBudget[]) =>
  list.map((b) => ({ program: b.program, amount: String(b.amount) }));

export const inTenant = (tenantId: string): RequestContext => ({
  tenantId,
  platform: false,
  source: 'import',
});
export const meta = (tenantId: string, step: string, occurredAt?: string | null) =>
  specMetadata({
    tenantId,
    source: 'import',
    commandId: uuidV5(`import|${tenantId}|${step}`),
    ...(occurredAt !== undefined ? { occurredAt } : {}),
  });

export async function importAgreement(store: EventStore, name: string): Promise<Fixture> {
  const doc = readFixture<Fixture>(`${name}.json`);
  const tenantId = doc.tenant.code;
  const ref = { agency: doc.agency.code, fiscalYear: doc.fiscalYear, party: null };
  const pk = doc.agreement;
  await requestContext.run(inTenant(tenantId), async () => {
    const draft = {
      ...ref,
      cascadedFrom: null,
      firstParty: pk.firstParty,
      secondParty: pk.secondParty,
      targets: targets(pk.targets),
      budget: budget(pk.budget),
    };
    await new DraftAgreementHandler(store).execute(new DraftAgreementCommand(draft, meta(tenantId, 'draft')));
    const signature = { ...ref, signedOn: pk.signedOn, firstParty: null, secondParty: null };
    await new SignAgreementHandler(store).execute(
      new SignAgreementCommand(signature, meta(tenantId, 'sign', occurredOn(pk.signedOn))),
    );
    for (const [i, a] of pk.amendments.entries()) {
      const data = {
        ...ref,
        amendment: i + 1,
        signedOn: a.signedOn,
        reason: a.reason,
        legalBasis: null,
        targets: a.targets ? targets(a.targets) : null,
        budget: a.budget ? budget(a.budget) : null,
      };
      await new AmendAgreementHandler(store).execute(
        new AmendAgreementCommand(data, meta(tenantId, `amend-${i}`, occurredOn(a.signedOn))),
      );
    }
  });
  return doc;
}
