import { Inject, Injectable } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { ENV, type Env } from '../config/env.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Email through the mail server of SMTP_URL, when there is one: the site works without email
 * (most people here have none), so nothing may depend on `available` being true. Every exchange
 * with the server is bounded by SMTP_TIMEOUT_MS, and nodemailer's own logger stays off (it
 * would print the messages, codes included).
 */
@Injectable()
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(@Inject(ENV) env: Env) {
    const ms = env.SMTP_TIMEOUT_MS;
    this.transport = env.SMTP_URL
      ? createTransport(
          {
            url: env.SMTP_URL,
            connectionTimeout: ms,
            greetingTimeout: ms,
            socketTimeout: ms,
            dnsTimeout: ms,
            logger: false,
          },
          { from: env.SMTP_FROM },
        )
      : null;
  }

  get available(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL is not set');
    await this.transport.sendMail(mail);
  }
}

/**
 * What a failed send may say in the log: nodemailer's error code and the server's reply code,
 * never its message (a rejected recipient is named there) nor the mail.
 */
export function mailFailure(e: unknown): { code?: string; responseCode?: number } {
  if (typeof e !== 'object' || e === null) return {};
  const { code, responseCode } = e as { code?: unknown; responseCode?: unknown };
  return {
    code: typeof code === 'string' ? code : undefined,
    responseCode: typeof responseCode === 'number' ? responseCode : undefined,
  };
}
