/*
 * The PK 2024 of BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json), as commands and events,
 * for the specs of this context. Budget 7.566.607.400 as signed, 8.426.842.920 after the DPPA.
 */
import { specMetadata } from '@jejak/testing';
import { AmendAgreementCommand } from '../amend-agreement/amend-agreement.command';
import { DraftAgreementCommand } from '../draft-agreement/draft-agreement.command';
import { SignAgreementCommand } from '../sign-agreement/sign-agreement.command';
import { AmendAgreementData, DraftAgreementData, SignAgreementData } from '../domain/agreement.decider';
import { AgreementAmended, AgreementDrafted, AgreementSigned } from '../domain/agreement.events';

export const kepala = {
  position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Dumai',
  name: null,
  nip: null,
};
export const waliKota = { position: 'Wali Kota Dumai', name: null, nip: null };
const ref = { agency: 'bkpsdm', fiscalYear: 2024, party: null };

export const originalBudget = [
  { program: '5.03.01', amount: '6072466298' },
  { program: '5.03.02', amount: '1315222698' },
  { program: '5.04.02', amount: '178918404' },
];
/** DPPA 2024: 5.03.01 and 5.03.02 rise, 5.04.02 stays. */
export const dppaBudget = [
  { program: '5.03.01', amount: '6357723118' },
  { program: '5.03.02', amount: '1890201398' },
  { program: '5.04.02', amount: '178918404' },
];
/** S1.1 Indeks Sistem Merit, 254, funded by the two programs of the urusan. */
export const meritTarget = { indicator: 'S1.1', target: '254', fundedBy: ['5.03.02', '5.04.02'] };
/** T1.1 Indeks Profesionalitas ASN, Renstra target 70 for 2024. */
export const professionalismTarget = { indicator: 'T1.1', target: '70', fundedBy: ['5.03.02'] };

export const draftData: DraftAgreementData = {
  ...ref,
  cascadedFrom: null,
  firstParty: kepala,
  secondParty: waliKota,
  targets: [meritTarget],
  budget: originalBudget,
};
export const signData: SignAgreementData = {
  ...ref,
  signedOn: '2024-01-31',
  firstParty: null,
  secondParty: null,
};
export const dppaData: AmendAgreementData = {
  ...ref,
  amendment: null,
  signedOn: '2024-09-23',
  reason: 'Perubahan Anggaran 2024 (DPPA BKPSDM Kota Dumai 2024)',
  legalBasis: null,
  targets: null,
  budget: dppaBudget,
};
/** A second amendment, targets only: the IKU T1.1 joins the agreement. */
export const ikuData: AmendAgreementData = {
  ...ref,
  amendment: null,
  signedOn: '2024-10-15',
  reason: 'Perubahan Renstra: IKU Indeks Profesionalitas ASN diperjanjikan',
  legalBasis: 'Perwako Dumai tentang Perubahan Renstra 2021-2026',
  targets: [meritTarget, professionalismTarget],
  budget: null,
};

export const draftCommand = (data: Partial<DraftAgreementData> = {}) =>
  new DraftAgreementCommand({ ...draftData, ...data }, specMetadata());
export const signCommand = (data: Partial<SignAgreementData> = {}) =>
  new SignAgreementCommand({ ...signData, ...data }, specMetadata());
export const amendCommand = (data: Partial<AmendAgreementData> = {}) =>
  new AmendAgreementCommand({ ...dppaData, ...data }, specMetadata());

export const drafted: AgreementDrafted = { type: 'AgreementDrafted', data: draftData };
export const signed: AgreementSigned = {
  type: 'AgreementSigned',
  data: { signedOn: '2024-01-31', firstParty: kepala, secondParty: waliKota },
};
export const dppaAmended: AgreementAmended = {
  type: 'AgreementAmended',
  data: {
    amendment: 1,
    signedOn: '2024-09-23',
    reason: dppaData.reason,
    legalBasis: null,
    targets: null,
    budget: dppaBudget,
  },
};
export const ikuAmended: AgreementAmended = {
  type: 'AgreementAmended',
  data: {
    amendment: 2,
    signedOn: '2024-10-15',
    reason: ikuData.reason,
    legalBasis: ikuData.legalBasis,
    targets: [meritTarget, professionalismTarget],
    budget: null,
  },
};
