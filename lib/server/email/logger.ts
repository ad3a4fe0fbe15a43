// Structured logs for the email worker. Ids, kinds, counts and SMTP errors only: never a message body,
// an address or an unsubscribe token.
import pino, { type Logger } from "pino";

export type EmailLogger = Pick<Logger, "info" | "warn" | "error">;

export function createEmailLogger(): Logger {
  return pino({ name: "stridewise-email", level: process.env.LOG_LEVEL ?? "info" });
}
