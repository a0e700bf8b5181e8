/*
 * The Renstra of BKPSDM Kota Dumai 2021–2026 (test/fixtures/kota-dumai-bkpsdm-2024.json), as the
 * decider specs give and expect it. Every code, name and number is the fixture's.
 */
import { specMetadata } from '@jejak/testing';
import { AdoptRenstraCommand } from '../adopt-renstra/adopt-renstra.command';
import { DefinePlanElementsCommand } from '../define-plan-elements/define-plan-elements.command';
import { RecordHistoricalResultsCommand } from '../record-history/record-history.command';
import { ReviseIndicatorCommand } from '../revise-indicator/revise-indicator.command';
import {
  AdoptRenstraData,
  HistoricalResult,
  PlanElementLists,
  RenstraRef,
  planElements,
} from './renstra.commands';
import {
  ActivityDefined,
  GoalDefined,
  IndicatorChanges,
  IndicatorDefined,
  IndicatorDefinition,
  ObjectiveDefined,
  PlanningEvent,
  ProgramDefined,
  RenstraAdopted,
  SubActivityDefined,
} from './planning.events';

export const dumai: RenstraRef = { agency: 'bkpsdm', period: { from: 2021, to: 2026 } };

export const adoption: AdoptRenstraData = {
  ...dumai,
  title: 'Perubahan Renstra BKPSDM Kota Dumai 2021-2026',
  adoptedOn: '2024-03-01',
};
export const adopt = (data: Partial<AdoptRenstraData> = {}) =>
  new AdoptRenstraCommand({ ...adoption, ...data }, specMetadata());
export const adopted: RenstraAdopted = {
  type: 'RenstraAdopted',
  data: {
    agency: 'bkpsdm',
    title: adoption.title,
    period: { from: 2021, to: 2026 },
    adoptedOn: '2024-03-01',
  },
};

export const t1: GoalDefined['data'] = {
  code: 'T1',
  statement: 'Meningkatkan Profesionalitas Aparatur Sipil Negara Pemerintah Kota Dumai',
};
export const s1: ObjectiveDefined['data'] = {
  code: 'S1',
  goal: 'T1',
  statement: 'Meningkatnya kualitas penyelenggaraan manajemen ASN',
};
export const kepegawaian: ProgramDefined['data'] = {
  code: '5.03.02',
  name: 'Program Kepegawaian Daerah',
  objectives: ['S1'],
};
export const pengadaan: ActivityDefined['data'] = {
  code: '5.03.02.2.01',
  program: '5.03.02',
  name: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian',
  unit: 'bidang-pengadaan-pemberhentian-informasi',
};
export const dataKepegawaian: SubActivityDefined['data'] = {
  code: '5.03.02.2.01.0011',
  activity: '5.03.02.2.01',
  name: 'Pengelolaan Data Kepegawaian',
};

/** Indeks Profesionalitas ASN: the goal's indicator, baseline 60.71 in 2021. */
export const t11: IndicatorDefinition = {
  code: 'T1.1',
  name: 'Indeks Profesionalitas ASN',
  unit: 'indeks',
  polarity: 'higher',
  level: 'goal',
  parent: 'T1',
  definition:
    'jumlah total hasil perkalian dari bobot indikator dikalikan nilai masing-masing jawaban indikator.',
  dataSource: null,
  baseline: { year: 2021, value: '60.71' },
  targets: { '2022': '53.67', '2023': '65', '2024': '70', '2025': '72', '2026': '76' },
  validFrom: null,
  validTo: null,
  replaces: [],
};

/** Indeks Sistem Merit: replaces four earlier IKUs from 2024 on. */
export const s11: IndicatorDefinition = {
  code: 'S1.1',
  name: 'Indeks Sistem Merit',
  unit: 'indeks',
  polarity: 'higher',
  level: 'objective',
  parent: 'S1',
  definition: 'Penilaian Sistem Merit dilakukan oleh KASN',
  dataSource: 'KASN',
  baseline: { year: 2021, value: '0' },
  targets: { '2024': '254', '2025': '255', '2026': '256' },
  validFrom: 2024,
  validTo: null,
  replaces: ['OLD.1', 'OLD.2', 'OLD.3', 'OLD.4'],
};

/** The output of kegiatan 5.03.02.2.01: 114 dokumen in 2024. */
export const k211: IndicatorDefinition = {
  code: 'K2.1.1',
  name: 'Jumlah dokumen pengadaan, pemberhentian dan informasi kepegawaian',
  unit: 'dokumen',
  polarity: 'higher',
  level: 'activity',
  parent: '5.03.02.2.01',
  definition: null,
  dataSource: null,
  baseline: null,
  targets: { '2024': '114' },
  validFrom: null,
  validTo: null,
  replaces: [],
};

/** Persentase pelayanan kepegawaian yang diselesaikan tepat waktu, 2022: target 100, realization 97.7. */
export const old1In2022: HistoricalResult = {
  indicator: 'OLD.1',
  name: 'Persentase pelayanan kepegawaian yang diselesaikan tepat waktu',
  unit: '%',
  year: 2022,
  target: '100',
  realization: '97.7',
};

/** The output of sub kegiatan Pengelolaan Data Kepegawaian: 1 dokumen in 2024. */
export const sk2151: IndicatorDefinition = {
  ...k211,
  code: 'SK2.1.5.1',
  name: 'Jumlah Dokumen Hasil Pengelolaan Data Kepegawaian',
  level: 'subActivity',
  parent: '5.03.02.2.01.0011',
  targets: { '2024': '1' },
};

export const define = (lists: Partial<PlanElementLists>, ref: RenstraRef = dumai) =>
  new DefinePlanElementsCommand(planElements(ref, lists), specMetadata());
export const revise = (code: string, changes: IndicatorChanges, reason: string | null = null) =>
  new ReviseIndicatorCommand({ ...dumai, code, changes, reason }, specMetadata());
export const recordHistory = (...results: HistoricalResult[]) =>
  new RecordHistoricalResultsCommand({ ...dumai, results }, specMetadata());

export const goalDefined = (data: GoalDefined['data']): GoalDefined => ({ type: 'GoalDefined', data });
export const objectiveDefined = (data: ObjectiveDefined['data']): ObjectiveDefined => ({
  type: 'ObjectiveDefined',
  data,
});
export const programDefined = (data: ProgramDefined['data']): ProgramDefined => ({
  type: 'ProgramDefined',
  data,
});
export const activityDefined = (data: ActivityDefined['data']): ActivityDefined => ({
  type: 'ActivityDefined',
  data,
});
export const subActivityDefined = (data: SubActivityDefined['data']): SubActivityDefined => ({
  type: 'SubActivityDefined',
  data,
});
export const indicatorDefined = (data: IndicatorDefinition): IndicatorDefined => ({
  type: 'IndicatorDefined',
  data,
});

/** Adopted, with T1 → S1 → program 5.03.02 → kegiatan 5.03.02.2.01 → sub kegiatan …0011. */
export const planTree: PlanningEvent[] = [
  adopted,
  goalDefined(t1),
  objectiveDefined(s1),
  programDefined(kepegawaian),
  activityDefined(pengadaan),
  subActivityDefined(dataKepegawaian),
];
