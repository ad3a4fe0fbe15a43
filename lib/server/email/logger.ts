// Structured logs for the email worker. Ids, kinds, counts and SMTP errors only: never a message body,
// an address or an unsubscribe token.
import type { Logger } from "pino";
import { logger } from "../log";

export type EmailLogger = Pick<Logger, "info" | "warn" | "error">;

export function createEmailLogger(): Logger {
  return logger.child({ component: "email" });
}
