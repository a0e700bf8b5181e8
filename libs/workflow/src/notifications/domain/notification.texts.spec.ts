import { notificationText, tanggal } from './notification.texts';

// The realization chain's first step (approval-chain.defaults.ts), due 3 days after a submission
// on Friday 5 April 2024 at 09.00 WIB.
const subject = {
  title: 'Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan',
  stepName: 'Verifikasi kepala sub bagian / kepala bidang',
  dueAt: new Date('2024-04-08T02:00:00.000Z'),
};

describe('a notification', () => {
  it('dates in Indonesian, Western Indonesian Time', () => {
    expect(tanggal(subject.dueAt)).toBe('8 April 2024 pukul 09.00 WIB');
  });

  it('reminds in Bahasa Indonesia of what awaits the recipient, and until when', () => {
    expect(notificationText('reminder', subject)).toEqual({
      title: 'Pengingat: Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan',
      message:
        'Pengingat: usulan "Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan" menunggu persetujuan Anda ' +
        'pada tahap Verifikasi kepala sub bagian / kepala bidang paling lambat 8 April 2024 pukul 09.00 WIB.',
    });
  });

  it('tells the superior that an overdue step was escalated to them', () => {
    expect(notificationText('escalation', subject).message).toBe(
      'Usulan "Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan" belum disetujui pada tahap Verifikasi ' +
        'kepala sub bagian / kepala bidang hingga batas waktu 8 April 2024 pukul 09.00 WIB dan ' +
        'dieskalasikan kepada Anda sebagai atasan.',
    );
  });

  it('tells the step’s holders a submission awaits them, with no due date when the step has none', () => {
    expect(notificationText('awaiting', { ...subject, dueAt: null })).toEqual({
      title: 'Menunggu persetujuan: Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan',
      message:
        'Usulan "Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan" menunggu persetujuan Anda pada tahap ' +
        'Verifikasi kepala sub bagian / kepala bidang.',
    });
  });
});
