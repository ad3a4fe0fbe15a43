// `npm run user -- <command>` (issue 19): the instance owner's command line, on the database at
// DATABASE_URL. Only the Prisma client, no SQL of one database's dialect. Not "server-only": the
// script hands in its own client. Exit codes: 0 done, 1 failed, 2 wrong usage, 3 no such account
// (or, for create, one exists already).
import { randomBytes } from "node:crypto";
import { hashPassword } from "../auth/password-hash";
import type { PrismaClient } from "../generated/prisma/client";
import { ForgotPasswordSchema } from "../validation/account";
import { deleteUserAndData } from "./data/account-deletion";
import { roleForNewAccount } from "./data/admission";

export const USAGE = `Usage: npm run user -- <command>
  list                    every account: email, role, runs, last activity
  create EMAIL            a new account with a generated password (printed once)
  reset-password EMAIL    a new generated password (printed once); every session of the account ends
  delete EMAIL --yes      the account and every row of its data
  promote EMAIL           make the account an admin
`;

export type CliIo = { stdout: (text: string) => void; stderr: (text: string) => void };

const EXIT = { ok: 0, usage: 2, notFound: 3 } as const;

/** 16 characters from 96 random bits: passes the sign-up minimum, to be changed under Settings > Account. */
function generatedPassword(): string {
  return randomBytes(12).toString("base64url");
}

function parseEmail(value: string | undefined): string | null {
  const parsed = ForgotPasswordSchema.shape.email.safeParse(value ?? "");
  return parsed.success ? parsed.data : null;
}

async function list(db: PrismaClient, io: CliIo): Promise<number> {
  const users = await db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, role: true, createdAt: true, _count: { select: { runs: true } } },
  });
  const latest = await db.run.groupBy({ by: ["userId"], _max: { localDate: true } });
  const lastRun = new Map(latest.map((row) => [row.userId, row._max.localDate]));
  io.stdout(`${users.length} account${users.length === 1 ? "" : "s"}\n`);
  for (const user of users) {
    const last = lastRun.get(user.id) ?? "no runs";
    io.stdout(`${user.email}\t${user.role}\t${user._count.runs} runs\tlast run ${last}\tcreated ${user.createdAt.toISOString().slice(0, 10)}\n`);
  }
  return EXIT.ok;
}

export async function runUserCommand(argv: string[], db: PrismaClient, io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const usage = (problem: string) => {
    io.stderr(`${problem}\n\n${USAGE}`);
    return EXIT.usage;
  };
  if (command === "list") return rest.length === 0 ? list(db, io) : usage("list takes no arguments");
  if (!command || command === "help" || command === "--help") {
    (command ? io.stdout : io.stderr)(USAGE);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (!["create", "reset-password", "delete", "promote"].includes(command)) return usage(`Unknown command: ${command}`);

  const email = parseEmail(rest[0]);
  if (!email) return usage(rest[0] ? `Not an email address: ${rest[0]}` : `${command} needs an EMAIL`);
  const flags = rest.slice(1);
  const allowed = command === "delete" ? ["--yes"] : [];
  const unknown = flags.find((flag) => !allowed.includes(flag));
  if (unknown) return usage(`Unknown argument for ${command}: ${unknown}`);

  const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
  if (command === "create") {
    if (user) {
      io.stderr(`An account with the email ${email} exists already.\n`);
      return EXIT.notFound;
    }
    const password = generatedPassword();
    const passwordHash = await hashPassword(password);
    const created = await db.$transaction(async (tx) =>
      tx.user.create({ data: { email, passwordHash, role: await roleForNewAccount(tx) }, select: { role: true } }),
    );
    io.stdout(`Created ${email} (${created.role}). Password: ${password}\nSign in and change it under Settings > Account.\n`);
    return EXIT.ok;
  }
  if (!user) {
    io.stderr(`No account has the email ${email}.\n`);
    return EXIT.notFound;
  }
  if (command === "reset-password") {
    const password = generatedPassword();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } } });
    io.stdout(`New password for ${email}: ${password}\nEvery session of the account has ended. Sign in and change it under Settings > Account.\n`);
    return EXIT.ok;
  }
  if (command === "promote") {
    if (user.role === "admin") {
      io.stdout(`${email} is an admin already.\n`);
      return EXIT.ok;
    }
    await db.user.update({ where: { id: user.id }, data: { role: "admin" } });
    io.stdout(`${email} is now an admin.\n`);
    return EXIT.ok;
  }
  if (!flags.includes("--yes")) return usage(`delete removes ${email} and all its runs for good: add --yes to confirm`);
  await deleteUserAndData(db, user.id);
  io.stdout(`Deleted ${email} and all its data.\n`);
  return EXIT.ok;
}
