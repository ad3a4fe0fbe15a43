// Structured logs (pino, JSON lines on stdout) for requests and errors. What goes in: method, path,
// status, duration, user and token ids, error names and stacks. What never does: passwords, tokens,
// request or response bodies, note contents, email addresses.
//
// LOG_PRETTY=1 prints the same records as short coloured lines for a person at a terminal (pino-pretty,
// as a stream in this process: no worker thread to bundle). `npm run demo` turns it on, with
// LOG_LEVEL=warn so the demo's terminal shows problems rather than one line per request.
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

const holder = globalThis as unknown as { stridewiseLogger?: Logger };

function createLogger(): Logger {
  const options = {
    name: "stridewise",
    level: process.env.LOG_LEVEL ?? "info",
    // A last line of defence if a caller ever passes one of these along.
    redact: {
      paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization", "notes", "*.notes", "email", "*.email", "body", "*.body"],
      censor: "[redacted]",
    },
  };
  if (process.env.LOG_PRETTY !== "1") return pino(options);
  return pino(options, pretty({ colorize: process.stdout.isTTY, ignore: "pid,hostname", translateTime: "HH:MM:ss", sync: true }));
}

export const logger: Logger = (holder.stridewiseLogger ??= createLogger());
