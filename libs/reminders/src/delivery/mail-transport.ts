import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

export interface OutgoingMail {
  tenant: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Deterministic, so a receiving system can tell a duplicate even if one ever slips through. */
  messageId: string;
  /** File name in the outbox, without extension. */
  name: string;
}

export interface MailTransport {
  readonly channel: 'email' | 'outbox';
  /** For the start-up log. */
  readonly description: string;
  /** Resolves only once the message is accepted: SMTP 250 after DATA, or the .eml file written. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

export class MailRejectedError extends Error {
  override readonly name = 'MailRejectedError';
}

/** SMTP when SMTP_URL is set; otherwise `.eml` files in DATA_DIR/outbox/<tenant>/ (nothing leaves the machine). */
export function createMailTransport(options: { smtpUrl: string | undefined; dataDir: string }): MailTransport {
  return options.smtpUrl ? smtpTransport(options.smtpUrl) : outboxTransport(join(options.dataDir, 'outbox'));
}

function smtpTransport(url: string): MailTransport {
  const options: SMTPTransport.Options = { url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 };
  const transport = nodemailer.createTransport(options);
  return {
    channel: 'email',
    description: `SMTP ${url.replace(/\/\/[^@]*@/, '//***@')}`,
    async send(mail) {
      const info = await transport.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
      if (!/^250\b/.test(info.response) || info.rejected.length > 0)
        throw new MailRejectedError(`SMTP did not accept the message: ${info.response}`);
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

function outboxTransport(dir: string): MailTransport {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    channel: 'outbox',
    description: `no SMTP_URL: e-mail is written as .eml files to ${dir}`,
    async send(mail) {
      const info = await transport.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
      const folder = join(dir, mail.tenant);
      // Messages name people and cases: the outbox is the owner's alone, like the rest of DATA_DIR.
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const file = join(folder, `${mail.name.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`);
      // Written whole, then renamed: a crash never leaves half a message, and a retry overwrites the same file.
      writeFileSync(`${file}.tmp`, info.message as Buffer, { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
