import { Logger } from '@nestjs/common';
import { Mailer } from './mailer';

describe('the mailer without SMTP_URL', () => {
  const mailer = new Mailer({ smtpUrl: undefined, mailFrom: 'Jejak <no-reply@jejak.local>' });
  afterAll(() => mailer.onModuleDestroy());

  it('renders the email into the structured log instead of sending it', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const sent = await mailer.send({
      notification: '11111111-1111-4111-8111-111111111111',
      to: 'plt.kabid@dumaikota.go.id',
      subject: '[Jejak] Pengingat: Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan',
      text: 'Pengingat: usulan … menunggu persetujuan Anda.',
    });
    expect(sent).toEqual({
      messageId: '<11111111-1111-4111-8111-111111111111@notifications.jejak>',
      accepted: ['plt.kabid@dumaikota.go.id'],
      via: 'log',
    });
    const [line] = log.mock.calls[0] as [string];
    const rendered = JSON.parse(line.slice(line.indexOf('{')));
    expect(rendered).toMatchObject({
      from: { address: 'no-reply@jejak.local', name: 'Jejak' },
      to: [{ address: 'plt.kabid@dumaikota.go.id' }],
      subject: '[Jejak] Pengingat: Realisasi TW I 2024 Bidang Mutasi dan Kepangkatan',
    });
    log.mockRestore();
  });
});
