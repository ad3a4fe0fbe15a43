// `npm run digest -- [--dry-run] [--now <ISO instant>]` (scripts/digest.ts): the periodic emails run by
// hand. With --dry-run it prints the weekly reviews and morning checks due now, or at --now (recipient,
// subject, text), and the pending outbox, and writes nothing. Without it, it queues the due weekly
// reviews and morning checks and sends every pending message once, then exits; the server's own worker can run at the same time (messages are
// claimed, and queued once by their key).
import type { PrismaClient } from "../../generated/prisma/client";
import { readEmailSetup, type EmailConfig } from "./config";
import type { EmailLogger } from "./logger";
import { collectDueMorningChecks, queueDueMorningChecks } from "./morning-check";
import { listPendingEmails, type DueEmail } from "./outbox";
import { createMailTransport, type MailTransport } from "./transport";
import { collectDueWeeklyReviews, queueDueWeeklyReviews } from "./weekly-review";
import { sendDueEmails } from "./worker";

const USAGE = "usage: npm run digest -- [--dry-run] [--now <ISO instant, e.g. 2025-02-24T07:00:00Z>]";

type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  logger: EmailLogger;
  /** Replaced in tests; the real one connects to SMTP_HOST. */
  createTransport?: (config: EmailConfig) => MailTransport;
  now?: () => Date;
};

function parseArgs(argv: string[], clock: () => Date): { dryRun: boolean; now: Date } | string {
  let dryRun = false;
  let now = clock();
  let pretend = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--now") {
      now = new Date(argv[++i] ?? "");
      pretend = true;
      if (Number.isNaN(now.getTime())) return `--now needs an ISO instant\n${USAGE}`;
    } else return `unknown argument ${JSON.stringify(arg)}\n${USAGE}`;
  }
  // Real emails are about the real week: a pretend time is for previews only.
  if (pretend && !dryRun) return `--now only goes with --dry-run\n${USAGE}`;
  return { dryRun, now };
}

/** Returns the exit code. */
export async function runDigest(argv: string[], db: PrismaClient, io: Io): Promise<number> {
  const clock = io.now ?? (() => new Date());
  const args = parseArgs(argv, clock);
  if (typeof args === "string") {
    io.stderr(`${args}\n`);
    return 2;
  }
  const setup = readEmailSetup(io.env);
  const failed = (what: string) => (userId: string, error: unknown) =>
    io.stderr(`${what} for ${userId} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!args.dryRun) {
    if (!setup.configured) {
      io.stderr(`Email is not configured: ${setup.reason}\n`);
      return 1;
    }
    const queued = await queueDueWeeklyReviews(db, setup.config, args.now, failed("weekly review"));
    const mornings = await queueDueMorningChecks(db, setup.config, args.now, failed("morning check"));
    const transport = (io.createTransport ?? createMailTransport)(setup.config);
    const result = await sendDueEmails(db, transport, setup.config, io.logger, clock);
    io.stdout(
      `Queued ${queued} weekly review(s) and ${mornings} morning check(s); sent ${result.sent}, retrying ${result.retrying}, failed ${result.failed}.\n`,
    );
    return result.failed > 0 ? 1 : 0;
  }

  // A dry run previews even without SMTP: the links use the public address, the tokens a stand-in secret.
  const config: EmailConfig = setup.configured
    ? setup.config
    : {
        smtp: { host: "(not configured)", port: 0, secure: false },
        from: "(not configured)",
        appUrl: io.env.APP_URL ?? io.env.NEXTAUTH_URL ?? "http://localhost:3000",
        secret: "dry-run-only-not-a-real-secret",
      };
  io.stdout(
    setup.configured
      ? `Email is configured: ${config.smtp.host}:${config.smtp.port}, from ${config.from}.\n`
      : `Email is not configured (${setup.reason}) Showing what would be sent once it is.\n`,
  );
  const print = (heading: string, due: DueEmail[]) => {
    io.stdout(`${heading} due at ${args.now.toISOString()} and not yet queued: ${due.length}\n`);
    for (const item of due) {
      io.stdout(`\nTo: ${item.toAddress}\nSubject: ${item.email.subject}\nOutbox key: ${item.dedupeKey}\n\n${item.email.text}`);
    }
  };
  print("Weekly reviews", await collectDueWeeklyReviews(db, config, args.now, failed("weekly review")));
  print("\nMorning checks", await collectDueMorningChecks(db, config, args.now, failed("morning check")));
  const pending = await listPendingEmails(db);
  io.stdout(`\nPending in the outbox: ${pending.length}\n`);
  for (const message of pending) {
    const error = message.lastError ? `, last error: ${message.lastError}` : "";
    io.stdout(
      `  ${message.kind} to ${message.toAddress}: "${message.subject}" (attempts ${message.attempts}, next ${message.nextAttemptAt.toISOString()}${error})\n`,
    );
  }
  return 0;
}
