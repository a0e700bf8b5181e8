/** Numbers, money and dates as an Indonesian report prints them (DOMAIN.md, "The LKjIP"). */

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "6357723118" → "6.357.723.118", "77.3" → "77,3", "-2.50" → "-2,50"; anything else as given. */
export function decimalId(value: unknown): string {
  const text = typeof value === 'number' || typeof value === 'bigint' ? String(value) : value;
  if (typeof text !== 'string') return '?';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction] = match;
  return `${sign}${groupThousands(whole)}${fraction ? `,${fraction}` : ''}`;
}

/** Whole rupiah: "Rp 6.357.723.118". */
export const rupiahId = (value: unknown): string => `Rp ${decimalId(value)}`;

/** "2024-09-23" (or an ISO instant) → "23 September 2024"; anything else as given. */
export function dateId(value: unknown): string {
  if (typeof value !== 'string') return '?';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : value;
}

const PERIOD_NAMES: Readonly<Record<string, string>> = {
  Q1: 'Triwulan I',
  Q2: 'Triwulan II',
  Q3: 'Triwulan III',
  Q4: 'Triwulan IV',
  FY: 'tahunan',
};

export const periodId = (period: unknown): string =>
  typeof period === 'string' ? (PERIOD_NAMES[period] ?? period) : '?';

/** Long prose (a goal's statement) cut to a summary's length. */
export function shortText(value: unknown, max = 120): string {
  if (typeof value !== 'string') return '?';
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
