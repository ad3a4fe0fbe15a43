// Structured logs (pino, JSON lines on stdout) for requests and errors. What goes in: method, path,
// status, duration, user and token ids, error names and stacks. What never does: passwords, tokens,
// request or response bodies, note contents, email addresses.
import pino, { type Logger } from "pino";

const holder = globalThis as unknown as { stridewiseLogger?: Logger };

export const logger: Logger = (holder.stridewiseLogger ??= pino({
  name: "stridewise",
  level: process.env.LOG_LEVEL ?? "info",
  // A last line of defence if a caller ever passes one of these along.
  redact: {
    paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization", "notes", "*.notes", "email", "*.email", "body", "*.body"],
    censor: "[redacted]",
  },
}));
