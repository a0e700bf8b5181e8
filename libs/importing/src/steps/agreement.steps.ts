import {
  AgreementBudgetLine as BudgetLine,
  AgreementParty,
  AgreementTarget as Target,
  AmendAgreementCommand,
  DraftAgreementCommand,
  SignAgreementCommand,
  agreementDecider,
  agreementStream,
  occurredOn,
} from '@jejak/agreements';
import {
  Agreement,
  AgreementAmendment,
  AgreementBudgetLine,
  AgreementTarget,
  InterchangeDocument,
  Party,
} from '@jejak/interchange';
import { decimalText, rupiahText } from '../domain/decimal-text';
import { SCOPE_FIELDS, rebase } from '../domain/document-paths';
import { ImportScope, ImportStep } from '../domain/import-step';
import { requireAgency, sendTo } from './send';

/**
 * An amendment needs a reason (PK Perubahan), and real reports leave it out: this stands in for
 * it, saying plainly that the source gave none rather than inventing one.
 */
export const REASON_NOT_GIVEN = '(alasan tidak dicantumkan dalam dokumen sumber)';

const targets = (list: readonly AgreementTarget[]): Target[] =>
  list.map((t) => ({ indicator: t.indicator, target: decimalText(t.target), fundedBy: t.fundedBy ?? null }));
const budget = (list: readonly AgreementBudgetLine[]): BudgetLine[] =>
  list.map((b) => ({ program: b.program, amount: rupiahText(b.amount) }));
const party = (p: Party | undefined): AgreementParty => ({
  position: p?.position ?? null,
  name: p?.name ?? null,
  nip: p?.nip ?? null,
});

/** What every step of the agency's PK shares. */
interface PkTarget {
  readonly tenant: string;
  readonly ref: { readonly agency: string; readonly fiscalYear: number; readonly party: null };
  readonly stream: string;
}

function draftStep(pk: Agreement, { tenant, ref, stream }: PkTarget): ImportStep {
  return {
    key: 'agreement:draft',
    command: 'DraftAgreement',
    path: '$.agreement',
    stream,
    occurredAt: occurredOn(pk.signedOn ?? null),
    requires: ['agency'],
    pathOf: rebase('$.agreement', SCOPE_FIELDS),
    async send(store, metadata) {
      await requireAgency(store, tenant, ref.agency);
      const data = {
        ...ref,
        cascadedFrom: null,
        firstParty: party(pk.firstParty),
        secondParty: party(pk.secondParty),
        targets: targets(pk.targets),
        budget: budget(pk.budget ?? []),
      };
      await sendTo(store, stream, agreementDecider, new DraftAgreementCommand(data, metadata));
    },
  };
}

/** Signed as drafted, on `signedOn`; a PK the report leaves undated stays undated. */
function signStep(pk: Agreement, { ref, stream }: PkTarget): ImportStep {
  const signedOn = pk.signedOn ?? null;
  return {
    key: 'agreement:sign',
    command: 'SignAgreement',
    path: '$.agreement',
    stream,
    occurredAt: occurredOn(signedOn),
    requires: ['agreement:draft'],
    pathOf: rebase('$.agreement', SCOPE_FIELDS),
    async send(store, metadata) {
      const data = { ...ref, signedOn, firstParty: null, secondParty: null };
      await sendTo(store, stream, agreementDecider, new SignAgreementCommand(data, metadata));
    },
  };
}

/** PK Perubahan number i + 1, dated by its own `signedOn`; it needs the one before it. */
function amendStep(a: AgreementAmendment, i: number, { ref, stream }: PkTarget): ImportStep {
  const path = `$.agreement.amendments[${i}]`;
  const signedOn = a.signedOn ?? null;
  return {
    key: `agreement:amend:${i + 1}`,
    command: 'AmendAgreement',
    path,
    stream,
    occurredAt: occurredOn(signedOn),
    requires: [i === 0 ? 'agreement:sign' : `agreement:amend:${i}`],
    pathOf: rebase(path, SCOPE_FIELDS),
    async send(store, metadata) {
      const data = {
        ...ref,
        amendment: i + 1,
        signedOn,
        reason: a.reason?.trim() ? a.reason : REASON_NOT_GIVEN,
        legalBasis: a.legalBasis ?? null,
        targets: a.targets ? targets(a.targets) : null,
        budget: a.budget ? budget(a.budget) : null,
      };
      await sendTo(store, stream, agreementDecider, new AmendAgreementCommand(data, metadata));
    },
  };
}

/**
 * The agency's PK: drafted and signed (both dated by `agreement.signedOn`; null stays undated),
 * then each amendment in order, numbered 1, 2, … so that a re-sent one is recognised.
 */
export function agreementSteps(
  doc: InterchangeDocument,
  { tenant, agency, fiscalYear }: ImportScope,
): ImportStep[] {
  const pk = doc.agreement;
  if (!pk) return [];
  const target: PkTarget = {
    tenant,
    ref: { agency, fiscalYear, party: null },
    stream: agreementStream(tenant, agency, fiscalYear, null),
  };
  const amendments = (pk.amendments ?? []).map((a, i) => amendStep(a, i, target));
  return [draftStep(pk, target), signStep(pk, target), ...amendments];
}
