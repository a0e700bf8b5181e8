/**
 * sakip-interchange/1: one agency's fiscal year as a document (interchange README; the schema
 * `sakip-interchange-1.schema.json` states the same shapes). A value of this type has passed
 * `validateInterchange`: its shapes and its cross-references hold.
 */
import { Conventions, Period, Polarity } from '@jejak/measurement';

/** ISO `YYYY-MM-DD`, a real calendar date. */
export type IsoDate = string;
/** Whole rupiah; a JSON integer (validation refuses one a JSON number cannot hold exactly). */
export type RupiahNumber = number;
export type DocumentConventions = {
  readonly lowerIsBetter?: Conventions['lowerIsBetter'];
  readonly rounding?: Conventions['rounding'];
  readonly achievementBands?: Conventions['achievementBands'];
  readonly efficiency?: {
    readonly method: Conventions['efficiency']['method'];
    readonly bands?: Conventions['efficiency']['bands'];
  };
};

export interface Party {
  readonly position?: string | null;
  readonly name?: string | null;
  readonly nip?: string | null;
}

export interface OrganisationUnit {
  readonly code: string;
  readonly name: string;
  readonly parent?: string | null;
}

export interface Indicator {
  readonly code: string;
  readonly name: string;
  readonly unit?: string | null;
  /** Absent means higher is better. */
  readonly polarity?: Polarity;
  readonly definition?: string | null;
  readonly source?: string | null;
  readonly baseline?: { readonly year?: number; readonly value: number } | null;
  /** Renstra targets by year: { "2024": 254 }. */
  readonly targets?: Readonly<Record<string, number | null>>;
  readonly replaces?: readonly string[];
}

export interface Objective {
  readonly code: string;
  readonly statement: string;
  readonly indicators?: readonly Indicator[];
}

export interface Goal extends Objective {
  readonly objectives?: readonly Objective[];
}

export interface SubActivity {
  readonly code: string;
  readonly name: string;
  readonly indicators?: readonly Indicator[];
}

export interface Activity extends SubActivity {
  /** The owning unit's code in `agency.units`. */
  readonly unit?: string | null;
  readonly subActivities?: readonly SubActivity[];
}

export interface Program {
  readonly code: string;
  readonly name: string;
  /** Codes of the sasaran (objectives) the program serves. */
  readonly objectives?: readonly string[];
  readonly indicators?: readonly Indicator[];
  readonly activities?: readonly Activity[];
}

export interface Plan {
  readonly title?: string | null;
  readonly period: { readonly from: number; readonly to: number };
  readonly adoptedOn?: IsoDate | null;
  readonly goals: readonly Goal[];
  readonly programs?: readonly Program[];
}

export interface AgreementTarget {
  readonly indicator: string;
  readonly target: number;
  /** Program codes; absent means all programs. */
  readonly fundedBy?: readonly string[];
}

export interface AgreementBudgetLine {
  readonly program: string;
  readonly amount: RupiahNumber;
}

export interface AgreementAmendment {
  readonly signedOn?: IsoDate | null;
  readonly reason?: string | null;
  readonly legalBasis?: string | null;
  /** The full new list, when the amendment changes it. */
  readonly targets?: readonly AgreementTarget[];
  readonly budget?: readonly AgreementBudgetLine[];
}

export interface Agreement {
  readonly signedOn?: IsoDate | null;
  readonly firstParty?: Party;
  readonly secondParty?: Party;
  readonly targets: readonly AgreementTarget[];
  readonly budget?: readonly AgreementBudgetLine[];
  readonly amendments?: readonly AgreementAmendment[];
}

export interface Realization {
  readonly indicator: string;
  readonly period: Period;
  readonly value?: number | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  readonly status?: 'pending' | 'reported';
  readonly source?: string | null;
  readonly reportedOn?: IsoDate | null;
}

export interface BudgetRealization {
  /** A program, kegiatan or sub kegiatan code. */
  readonly code: string;
  readonly allocation: RupiahNumber;
  readonly realized: RupiahNumber;
  readonly physicalProgress?: number | null;
}

export interface HistoryEntry {
  readonly indicator: string;
  readonly name?: string | null;
  readonly unit?: string | null;
  readonly year: number;
  readonly target?: number | null;
  readonly realization?: number | null;
}

export interface FollowUp {
  readonly action?: string | null;
  readonly targetOutput?: string | null;
  readonly due?: IsoDate | null;
  readonly responsible?: string | null;
  readonly status?: 'planned' | 'in-progress' | 'done';
  readonly evidence?: string | null;
}

export interface Recommendation {
  readonly text: string;
  readonly component?: string | null;
  readonly followUp?: FollowUp;
}

export type Grade = 'AA' | 'A' | 'BB' | 'B' | 'CC' | 'C' | 'D';

export interface Evaluation {
  readonly fiscalYearEvaluated: number;
  readonly issuedOn?: IsoDate | null;
  readonly letterNumber?: string | null;
  readonly evaluator?: string | null;
  readonly score?: number | null;
  readonly grade?: Grade | null;
  readonly components?: readonly {
    readonly name: string;
    readonly weight?: number | null;
    readonly score?: number | null;
  }[];
  readonly recommendations?: readonly Recommendation[];
}

export interface InterchangeDocument {
  readonly format: 'sakip-interchange/1';
  readonly tenant: {
    readonly code: string;
    readonly name: string;
    readonly kind?: 'kota' | 'kabupaten' | 'provinsi';
    readonly province?: string | null;
  };
  readonly agency: {
    readonly code: string;
    readonly name: string;
    readonly shortName?: string | null;
    readonly head?: Party;
    readonly units?: readonly OrganisationUnit[];
  };
  readonly fiscalYear: number;
  readonly conventions?: DocumentConventions;
  readonly plan: Plan;
  readonly agreement?: Agreement;
  readonly realizations?: readonly Realization[];
  readonly budgetRealizations?: readonly BudgetRealization[];
  readonly history?: readonly HistoryEntry[];
  readonly evaluation?: Evaluation;
}
