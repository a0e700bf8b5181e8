import { JejakConfig } from '@jejak/config';
import { Logger, OnModuleDestroy } from '@nestjs/common';
import { Transporter, createTransport } from 'nodemailer';

export interface OutgoingEmail {
  /** Names the message (its Message-ID), so that a retried send can be told apart by mail servers. */
  readonly notification: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface SentEmail {
  readonly messageId: string;
  readonly accepted: readonly string[];
  /** `smtp`, or `log` when no SMTP server is configured (development, tests). */
  readonly via: 'smtp' | 'log';
}

/**
 * Sends notification emails through nodemailer: SMTP when `SMTP_URL` is set, otherwise the JSON
 * transport, whose rendering of each message is written to the structured log instead.
 * Provided by a factory over the configuration (see NotificationsWorkerModule).
 */
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;
  private readonly via: SentEmail['via'];

  constructor(private readonly config: Pick<JejakConfig, 'smtpUrl' | 'mailFrom'>) {
    this.via = config.smtpUrl ? 'smtp' : 'log';
    this.transport = config.smtpUrl
      ? createTransport(config.smtpUrl)
      : createTransport({ jsonTransport: true });
  }

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: email.to,
      subject: email.subject,
      text: email.text,
      messageId: `<${email.notification}@notifications.jejak>`,
    });
    if (this.via === 'log') this.logger.log(`email (no SMTP_URL, written to the log): ${info.message}`);
    const accepted = ((info.accepted as unknown[] | undefined) ?? [email.to]).map(String);
    return { messageId: String(info.messageId), accepted, via: this.via };
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
