// The SMTP side: a nodemailer transport from the configuration, and the headers each message carries.
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { unsubscribeUrl } from "../../email/unsubscribe-token";
import type { EmailConfig } from "./config";
import { purposeForKind, type OutboxKind } from "./outbox";

/** What the worker needs from a transport; tests may pass any object with sendMail. */
export type MailTransport = Pick<Transporter, "sendMail">;

export function createMailTransport(config: EmailConfig): Transporter {
  const { smtp } = config;
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
    // nodemailer's defaults wait up to 10 minutes on a silent socket; the worker's claim on a message
    // lasts CLAIM_LEASE_MS, and a send must end well inside it.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

/**
 * The outbox key as the Message-ID: if a crash after the SMTP server accepted a message makes the
 * worker send it again, the receiving side sees the same Message-ID and can drop the copy.
 */
export function messageIdFor(dedupeKey: string, appUrl: string): string {
  const host = new URL(appUrl).hostname || "stridewise.invalid";
  return `<${dedupeKey.replace(/[^A-Za-z0-9.-]/g, ".")}@${host}>`;
}

export function mailOptionsFor(
  message: { userId: string; kind: string; dedupeKey: string; toAddress: string; subject: string; text: string; html: string },
  config: EmailConfig,
): SendMailOptions {
  const purpose = purposeForKind(message.kind as OutboxKind);
  return {
    from: config.from,
    to: message.toAddress,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: messageIdFor(message.dedupeKey, config.appUrl),
    // An account email (a reset link) is asked for, not subscribed to: nothing to unsubscribe from.
    headers:
      message.kind === "account"
        ? { "Auto-Submitted": "auto-generated" }
        : {
            // RFC 2369 / RFC 8058: mail clients show an unsubscribe button that POSTs to the same link.
            "List-Unsubscribe": `<${unsubscribeUrl(config.appUrl, config.secret, message.userId, purpose)}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
          },
  };
}
