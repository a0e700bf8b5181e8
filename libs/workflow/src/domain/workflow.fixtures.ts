import { CommandMetadata } from '@jejak/eventstore';
import { WorkflowCaller } from './workflow.actors';
import { DEFAULT_CHAINS } from './approval-chain.defaults';
import { ProposedChange, SubmissionOpened, WorkflowActor } from './workflow.events';

// Officials of BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json: the agency and its units),
// as the decider specs and the handlers' specs meet them. Accounts are people, posts are jabatan.

export const MUTASI = 'bidang-mutasi-kepangkatan';

export const metadataAt = (
  now: string,
  commandId = '00000000-0000-4000-8000-000000000001',
): CommandMetadata => ({
  tenantId: 'kota-dumai',
  now: new Date(now),
  commandId,
  source: 'api',
});

export const caller = (account: string, posts: WorkflowCaller['posts'], post?: string): WorkflowCaller => ({
  account,
  name: account,
  posts,
  ...(post ? { post } : {}),
});

/** Staff of Bidang Mutasi dan Kepangkatan: drafts the unit's realizations. */
export const staf = caller('acc-staf', [{ post: 'staf-mutasi' }]);
/** The definitive Kepala Bidang Mutasi. */
export const kabid = caller('acc-kabid', [{ post: 'kabid-mutasi' }]);
/** A Plt. Kepala Bidang Mutasi: Kepala Sub Bagian Umum, acting as head of the bidang. */
export const pltKabid = caller('acc-plt', [
  { post: 'kasubbag-umum' },
  { post: 'kabid-mutasi', acting: true },
]);
export const sekretaris = caller('acc-sekretaris', [{ post: 'sekretaris-bkpsdm' }]);
/** The seed case: the Sekretaris who is also Plt. Kepala Badan. */
export const sekretarisPltKepala = caller('acc-sek-plt', [
  { post: 'sekretaris-bkpsdm' },
  { post: 'kepala-bkpsdm', acting: true },
]);

export const actor = (c: WorkflowCaller, post: string, acting = false): WorkflowActor => ({
  account: c.account,
  name: c.name,
  post,
  acting,
});

/** Q1 2024 realization of S1.1 (Persentase ASN yang dimutasi sesuai kebutuhan). */
export const q1Realization: ProposedChange = {
  command: 'ReportRealizations',
  data: {
    agency: 'bkpsdm',
    fiscalYear: 2024,
    period: 'Q1',
    unit: MUTASI,
    items: [{ indicator: 'S1.1', value: 64 }],
  },
};

export const realizationOpened: SubmissionOpened = {
  type: 'SubmissionOpened',
  data: {
    workflowId: 'wf-realisasi-q1',
    documentType: 'realization',
    agency: 'bkpsdm',
    unit: MUTASI,
    title: 'Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan',
    change: q1Realization,
    chain: DEFAULT_CHAINS.realization,
    submittedBy: actor(staf, 'staf-mutasi'),
    note: null,
  },
};

/** Who the default realization chain resolves to in BKPSDM's Bidang Mutasi. */
export const ELIGIBLE = { verify: ['kabid-mutasi'], consolidate: ['sekretaris-bkpsdm'] };
