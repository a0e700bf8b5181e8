import { ChainStep, DocumentType } from './workflow.events';

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'realization',
  'agreement',
  'agreement-amendment',
  'follow-up',
  'lkjip',
];

/**
 * How long a step waits before it is overdue unless the tenant says otherwise: three days. An
 * assumption (DOMAIN.md names no period); the tenant sets its own per step.
 */
export const DEFAULT_DUE_IN_SECONDS = 3 * 24 * 3600;

const step = (name: string, role: string, scope: 'unit' | 'agency' | 'tenant'): ChainStep => ({
  name,
  assignees: [{ role, scope }],
  dueInSeconds: DEFAULT_DUE_IN_SECONDS,
});

const headOfUnit = step('Verifikasi kepala sub bagian / kepala bidang', 'head-of-unit', 'unit');
const secretary = step('Verifikasi sekretaris', 'secretary', 'agency');
const headOfAgency = step('Persetujuan kepala badan', 'head-of-agency', 'agency');

/**
 * The chains that follow the seeds (paraf berjenjang), used while the tenant has defined none.
 * A chain names the approving steps; the drafter who submits (staff, the sekretaris, the planner)
 * is not a step of it:
 * - realizations: staff → kepala sub bagian or kepala bidang of the submitting unit → sekretaris;
 * - the PK and its amendment: sekretaris → kepala badan, who then signs it with the head of region
 *   (the signature is the agreement's own act, outside the chain);
 * - the LKjIP: drafter → sekretaris → kepala badan → inspektorat (reviu);
 * - a follow-up of a recommendation: kepala unit → sekretaris → inspektorat (verification).
 * The inspectorate is an agency of its own: its step looks for the role in the whole tenant.
 */
export const DEFAULT_CHAINS: Readonly<Record<DocumentType, readonly ChainStep[]>> = {
  realization: [headOfUnit, secretary],
  agreement: [headOfAgency],
  'agreement-amendment': [headOfAgency],
  lkjip: [secretary, headOfAgency, step('Reviu inspektorat', 'inspectorate', 'tenant')],
  'follow-up': [secretary, step('Verifikasi inspektorat', 'inspectorate', 'tenant')],
};
