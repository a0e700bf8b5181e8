import { NotificationKind } from './notification.events';

/** What a notification says about its submission. */
export interface NotificationSubject {
  readonly title: string;
  /** The step's name in the chain (e.g. "Verifikasi Kepala Bidang"). */
  readonly stepName: string;
  readonly dueAt: Date | null;
}

export interface NotificationText {
  readonly title: string;
  readonly message: string;
}

// Officials read dates in Indonesian; the platform's tenants keep no time zone yet, so WIB.
const dateTime = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "8 Januari 2024 pukul 09.00 WIB". */
export const tanggal = (at: Date): string => `${dateTime.format(at)} WIB`;

/** The title and message of a notification, in Bahasa Indonesia. */
export function notificationText(kind: NotificationKind, subject: NotificationSubject): NotificationText {
  const { title, stepName, dueAt } = subject;
  const due = dueAt === null ? '' : ` paling lambat ${tanggal(dueAt)}`;
  switch (kind) {
    case 'awaiting':
      return {
        title: `Menunggu persetujuan: ${title}`,
        message: `Usulan "${title}" menunggu persetujuan Anda pada tahap ${stepName}${due}.`,
      };
    case 'reminder':
      return {
        title: `Pengingat: ${title}`,
        message: `Pengingat: usulan "${title}" menunggu persetujuan Anda pada tahap ${stepName}${due}.`,
      };
    case 'escalation':
      return {
        title: `Eskalasi: ${title}`,
        message:
          `Usulan "${title}" belum disetujui pada tahap ${stepName}` +
          (dueAt === null ? '' : ` hingga batas waktu ${tanggal(dueAt)}`) +
          ' dan dieskalasikan kepada Anda sebagai atasan.',
      };
    default:
      return unreachableKind(kind);
  }
}

const unreachableKind = (kind: never): never => {
  throw new Error(`Unknown notification kind: ${String(kind)}`);
};
