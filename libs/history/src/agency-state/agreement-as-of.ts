import {
  AgreementBudgetLine,
  AgreementChanges,
  AgreementState,
  AgreementTarget,
  AgreementVersion,
  budgetTotal,
} from '@jejak/agreements';
import type { RecordedEvent } from '@jejak/eventstore';
import type { AgreementVersionFact } from '@jejak/performance';
import { FoldedAsOf, revisionFolded } from '../domain/as-of';

/** A version of the PK with the event that made it: when it took effect and when Jejak stored it. */
export interface AgreementVersionAsOf {
  readonly version: number;
  readonly signedOn: string | null;
  readonly reason: string | null;
  readonly legalBasis: string | null;
  readonly targets: readonly AgreementTarget[];
  readonly budget: readonly AgreementBudgetLine[];
  /** Whole rupiah, as text. */
  readonly budgetTotal: string;
  /** What changed from the version before (none for version 0). */
  readonly changes: AgreementChanges;
  readonly occurredAt: string | null;
  readonly recordedAt: string;
}

/** The agency's PK as folded up to the as-of instant. */
export interface AgreementAsOf {
  readonly stream: string;
  readonly revision: number;
  /** A drafted PK binds nobody: it has no version in force. */
  readonly status: 'drafted' | 'signed';
  readonly inForce: AgreementVersionAsOf | null;
  /** Every version known then, the original first. */
  readonly versions: readonly AgreementVersionAsOf[];
}

const MAKES_A_VERSION = new Set(['AgreementSigned', 'AgreementAmended']);

function withTimes(version: AgreementVersion, event: RecordedEvent | undefined): AgreementVersionAsOf {
  return {
    version: version.version,
    signedOn: version.signedOn,
    reason: version.reason,
    legalBasis: version.legalBasis,
    targets: version.targets,
    budget: version.budget,
    budgetTotal: budgetTotal(version.budget),
    changes: version.changes,
    occurredAt: event?.occurredAt?.toISOString() ?? null,
    recordedAt: event?.recordedAt.toISOString() ?? '',
  };
}

/** The PK as it stood; null when none was drafted by then. */
export function agreementAsOf(stream: string, folded: FoldedAsOf<AgreementState>): AgreementAsOf | null {
  const { state } = folded;
  if (state.status === 'absent') return null;
  const revision = revisionFolded(folded);
  if (state.status === 'drafted') return { stream, revision, status: 'drafted', inForce: null, versions: [] };
  // Each signature or amendment folded made one version, in order.
  const makers = folded.applied.filter((event) => MAKES_A_VERSION.has(event.type));
  const versions = state.versions.map((version, i) => withTimes(version, makers[i]));
  return { stream, revision, status: 'signed', inForce: versions.at(-1) ?? null, versions };
}

/** What the computed views read of the agreement: its signed versions. */
export const agreementFacts = (agreement: AgreementAsOf | null): AgreementVersionFact[] =>
  (agreement?.versions ?? []).map((v) => ({
    version: v.version,
    targets: [...v.targets],
    budget: [...v.budget],
    changes: v.changes,
  }));
