// Seeds the demo athlete (see lib/demo/demo-log.ts; `npm run db:seed`, scripts/seed-demo.ts). Idempotent:
// an existing demo account is kept unless reset is asked for. `createAthlete` is shared with the benchmarks, which seed years of runs.
import bcrypt from "bcryptjs";
import { randomUUID } from "node:crypto";
import { localDateOf } from "../lib/analysis/dates";
import { buildDemoLog, type DemoLog } from "../lib/demo/demo-log";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { zonedTimeToInstant } from "../lib/zoned-time";
import { defaultDatabaseUrl } from "../lib/db-url";
import { createClient } from "../lib/server/db-client";

export const DEMO_EMAIL = "demo@stridewise.app";
export const DEMO_PASSWORD = "stride-demo-2026";
const DEMO_TIMEZONE = "Europe/Copenhagen";

export function connect(url = process.env.DATABASE_URL ?? defaultDatabaseUrl()): PrismaClient {
  return createClient(url);
}

/** Creates a runner with a whole log in a few bulk inserts; row ids are fresh for every call. */
export async function createAthlete(
  db: PrismaClient,
  account: { email: string; password: string; name?: string; timezone: string },
  log: DemoLog,
): Promise<string> {
  const user = await db.user.create({
    data: {
      email: account.email,
      name: account.name ?? null,
      passwordHash: await bcrypt.hash(account.password, 12),
      timezone: account.timezone,
    },
  });
  const shoeIds = new Map(log.shoes.map((shoe) => [shoe.id, randomUUID()]));
  const runIds = new Map(log.runs.map((run) => [run.id, randomUUID()]));
  await db.$transaction([
    db.shoe.createMany({
      data: log.shoes.map((shoe) => ({
        id: shoeIds.get(shoe.id)!,
        userId: user.id,
        name: shoe.name,
        startMeters: Math.round(shoe.startKm * 1000),
        retireMeters: Math.round(shoe.retireKm * 1000),
        retired: shoe.retired,
        isDefault: shoe.isDefault,
      })),
    }),
    db.run.createMany({
      data: log.runs.map((run) => ({
        id: runIds.get(run.id)!,
        userId: user.id,
        localDate: run.date,
        startTime: run.startTime,
        startAt: zonedTimeToInstant(run.date, run.startTime, account.timezone),
        distanceM: Math.round(run.distanceKm * 1000),
        durationS: run.durationSec,
        type: run.type,
        rpe: run.rpe,
        shoeId: shoeIds.get(run.shoeId) ?? null,
        notes: run.notes ?? null,
        source: "demo",
      })),
    }),
    db.painEntry.createMany({
      data: [
        ...log.runs.flatMap((run) =>
          run.pain.map((entry) => ({ ...entry, userId: user.id, runId: runIds.get(run.id)!, localDate: run.date })),
        ),
        ...log.painDays.map(({ date, ...entry }) => ({ ...entry, userId: user.id, localDate: date })),
      ],
    }),
    // The log changed after the user row was written: a read replica (lib/server/read-routing.ts) or
    // a cached analysis must not take the empty log for this one.
    db.user.update({ where: { id: user.id }, data: { logVersion: { increment: 1 } } }),
  ]);
  return user.id;
}

export async function seedDemo(options: { reset?: boolean; url?: string } = {}): Promise<boolean> {
  const db = connect(options.url);
  try {
    const existing = await db.user.findUnique({ where: { email: DEMO_EMAIL } });
    if (existing && !options.reset) return false;
    if (existing) await db.user.delete({ where: { id: existing.id } });
    const today = localDateOf(new Date(), DEMO_TIMEZONE);
    await createAthlete(
      db,
      { email: DEMO_EMAIL, password: DEMO_PASSWORD, name: "Demo Runner", timezone: DEMO_TIMEZONE },
      buildDemoLog(today),
    );
    return true;
  } finally {
    await db.$disconnect();
  }
}
