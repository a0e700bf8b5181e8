import { dateId, decimalId, periodId, rupiahId, shortText } from './indonesian-format';

/** What a summary reads: the event, and the agency and fiscal year its stream is about. */
export interface SummaryInput {
  readonly type: string;
  readonly data: unknown;
  readonly fiscalYear: number | null;
}

type Data = Readonly<Record<string, unknown>>;
type Summarizer = (data: Data, year: string) => string;

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const obj = (value: unknown): Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};
const text = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? '?'));
const when = (date: unknown): string => (typeof date === 'string' ? ` pada ${dateId(date)}` : '');
const because = (reason: unknown): string =>
  typeof reason === 'string' && reason ? `: ${shortText(reason)}` : '';
const step = (value: unknown): string => (typeof value === 'number' ? `tahap ke-${value + 1}` : 'tahap');

/** A measurement as reported: a value, a ratio of two counts, or pending ("belum tersedia", not zero). */
function measurementId(value: unknown): string {
  const m = obj(value);
  if (m.kind === 'pending') return 'belum tersedia';
  if (m.kind === 'ratio') return `${decimalId(m.numerator)}/${decimalId(m.denominator)}`;
  return decimalId(m.value);
}

const budgetSum = (lines: unknown): string =>
  rupiahId(
    list(lines)
      .reduce<bigint>((sum, line) => sum + BigInt(text(obj(line).amount)), 0n)
      .toString(),
  );

const pk = (year: string, data: Data): string =>
  `Perjanjian Kinerja ${year}${data.party ? ` (berjenjang: ${text(data.party)})` : ''}`;

const TENANCY: Readonly<Record<string, Summarizer>> = {
  TenantCreated: (d) => `Pemerintah daerah ${text(d.name)} terdaftar di Jejak`,
  AgencyCreated: (d) => `Perangkat daerah ${text(d.name)} (${text(d.agencyId)}) didaftarkan`,
  UnitCreated: (d) => `Unit ${text(d.name)} (${text(d.unitId)}) dibentuk`,
  PostCreated: (d) => `Jabatan ${text(d.title)} (${text(d.postId)}) dibentuk`,
  ConventionsChanged: (d) =>
    `Konvensi pengukuran versi ${text(d.version)} berlaku mulai TA ${text(d.fromFiscalYear)}`,
  // Accounts are people: the summary names no one (the actor columns do, and can be erased).
  AccountCreated: (d) => `Akun pengguna dibuka dengan ${list(d.posts).length} jabatan`,
  AccountDisabled: () => 'Akun pengguna dinonaktifkan',
  PostAssigned: (d) =>
    `Akun pengguna diberi jabatan ${text(obj(d.holding).post)}${obj(d.holding).acting ? ' (Plt./Plh.)' : ''}`,
};

const PLANNING: Readonly<Record<string, Summarizer>> = {
  RenstraAdopted: (d) =>
    `Renstra ${text(obj(d.period).from)}–${text(obj(d.period).to)} ditetapkan${when(d.adoptedOn)}`,
  RenstraAmended: (d) => `Renstra diubah${when(d.amendedOn)}${because(d.reason)}`,
  GoalDefined: (d) => `Tujuan ${text(d.code)} ditetapkan: ${shortText(d.statement)}`,
  ObjectiveDefined: (d) => `Sasaran ${text(d.code)} ditetapkan: ${shortText(d.statement)}`,
  IndicatorDefined: (d) => `Indikator ${text(d.code)} ditetapkan: ${shortText(d.name)}`,
  IndicatorRevised: (d) => `Indikator ${text(d.code)} direvisi${because(d.reason)}`,
  IndicatorReplaced: (d) =>
    `Indikator ${text(d.code)} digantikan oleh ${text(d.replacedBy)} (berlaku sampai TA ${text(d.validTo)})`,
  ProgramDefined: (d) => `Program ${text(d.code)} ditetapkan: ${shortText(d.name)}`,
  ActivityDefined: (d) => `Kegiatan ${text(d.code)} ditetapkan: ${shortText(d.name)}`,
  SubActivityDefined: (d) => `Sub kegiatan ${text(d.code)} ditetapkan: ${shortText(d.name)}`,
  HistoricalResultRecorded: (d) =>
    `Capaian ${text(d.indicator)} TA ${text(d.year)} dicatat: target ${decimalId(d.target)}, realisasi ${decimalId(d.realization)}`,
};

const AGREEMENTS: Readonly<Record<string, Summarizer>> = {
  AgreementDrafted: (d, y) =>
    `${pk(y, d)} disusun: ${list(d.targets).length} target, anggaran ${budgetSum(d.budget)}`,
  AgreementSigned: (d, y) =>
    `Perjanjian Kinerja ${y} ditandatangani${d.signedOn ? when(d.signedOn) : ' (dokumen tanpa tanggal)'}`,
  AgreementAmended: (d, y) =>
    `Perjanjian Kinerja ${y} diubah (perubahan ke-${text(d.amendment)})${when(d.signedOn)}${because(d.reason)}`,
};

const REALIZATION: Readonly<Record<string, Summarizer>> = {
  RealizationReported: (d, y) =>
    `Realisasi ${text(d.indicator)} ${periodId(d.period)} TA ${y} dilaporkan: ${measurementId(d.measurement)}`,
  RealizationCorrected: (d, y) =>
    `Realisasi ${text(d.indicator)} ${periodId(d.period)} TA ${y} dikoreksi menjadi ${measurementId(d.measurement)}${because(d.reason)}`,
  BudgetAllocated: (d, y) =>
    `Pagu ${text(d.code)} TA ${y} ditetapkan ${rupiahId(d.allocation)}${d.basis ? ` (${text(d.basis)})` : ''}`,
  BudgetRealized: (d, y) =>
    `Realisasi anggaran ${text(d.code)} ${periodId(d.period)} TA ${y}: ${rupiahId(d.realized)}`,
};

const WORKFLOW: Readonly<Record<string, Summarizer>> = {
  ApprovalChainDefined: (d) =>
    `Alur persetujuan ${text(d.documentType)} ditetapkan (${list(d.steps).length} tahap)`,
  SubmissionOpened: (d) => `Pengajuan "${shortText(d.title)}" (${text(d.documentType)}) dibuka`,
  StepApproved: (d) => `Pengajuan disetujui pada ${step(d.step)}${because(d.note)}`,
  SubmissionReturned: (d) =>
    `Pengajuan dikembalikan ke ${d.to === 'drafter' ? 'penyusun' : 'tahap sebelumnya'}${because(d.note)}`,
  SubmissionResubmitted: (d) => `Pengajuan diajukan kembali${because(d.note)}`,
  SubmissionRejected: (d) => `Pengajuan ditolak pada ${step(d.step)}${because(d.note)}`,
  SubmissionWithdrawn: (d) => `Pengajuan ditarik${because(d.note)}`,
  SubmissionApproved: (d) => `Pengajuan disetujui seluruhnya; ${text(obj(d.change).command)} diterapkan`,
  StepReminderSent: (d) => `Pengingat tenggat ${step(d.step)} dikirim (tenggat ${dateId(d.dueAt)})`,
  StepEscalated: (d) =>
    `Pengajuan melewati tenggat ${step(d.step)} (${dateId(d.dueAt)}); dieskalasi ke ${list(d.to).map(text).join(', ')}`,
};

const recommendation = (d: Data): string => `rekomendasi ${text(d.recommendation)}`;

const EVALUATION: Readonly<Record<string, Summarizer>> = {
  EvaluationRecorded: (d, y) =>
    `LHE SAKIP TA ${y} dicatat${d.letterNumber ? ` (surat ${text(d.letterNumber)})` : ''}: nilai ${decimalId(d.total ?? obj(d.stated).score)}, predikat ${text(d.grade ?? obj(d.stated).grade)}, ${list(d.recommendations).length} rekomendasi`,
  FollowUpPlanned: (d) =>
    `Rencana aksi tindak lanjut ${recommendation(d)} disusun${d.due ? `, tenggat ${dateId(d.due)}` : ''}`,
  FollowUpProgressReported: (d) =>
    `Kemajuan tindak lanjut ${recommendation(d)} dilaporkan (laporan ke-${text(d.report)}${d.complete ? ', selesai' : ''})`,
  FollowUpVerified: (d) => `Tindak lanjut ${recommendation(d)} diverifikasi Inspektorat${because(d.note)}`,
  FollowUpReturned: (d) => `Tindak lanjut ${recommendation(d)} dikembalikan Inspektorat${because(d.note)}`,
  // Whose data it was stays out of the summary: that is what was erased.
  PersonalDataErased: () => 'Data pribadi seseorang dihapus (UU PDP): kuncinya dimusnahkan',
};

const SUMMARIES: Readonly<Record<string, Summarizer>> = {
  ...TENANCY,
  ...PLANNING,
  ...AGREEMENTS,
  ...REALIZATION,
  ...WORKFLOW,
  ...EVALUATION,
};

/**
 * A short line in Bahasa Indonesia saying what the event records, e.g. "Perjanjian Kinerja 2024
 * diubah (perubahan ke-1) pada 23 September 2024: Perubahan Anggaran 2024 …". The log is open
 * (contexts add event types; old shapes stay stored), so an unknown type or a field missing from
 * an old shape gives a plainer line, never an error.
 */
export function summarize({ type, data, fiscalYear }: SummaryInput): string {
  const summarizer = Object.hasOwn(SUMMARIES, type) ? SUMMARIES[type] : undefined;
  const fallback = `Peristiwa ${type} dicatat`;
  if (!summarizer) return fallback;
  try {
    return summarizer(obj(data), fiscalYear === null ? '?' : String(fiscalYear));
  } catch {
    return fallback;
  }
}
