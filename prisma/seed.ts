// Seeds the demo athlete (see lib/demo/demo-log.ts). Idempotent: an existing demo account is kept
// unless --reset is given.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import bcrypt from "bcryptjs";
import { localDateOf } from "../lib/analysis/dates";
import { buildDemoLog } from "../lib/demo/demo-log";
import { PrismaClient } from "../lib/generated/prisma/client";
import { zonedTimeToInstant } from "../lib/zoned-time";
import { defaultDatabaseUrl } from "../lib/db-url";

export const DEMO_EMAIL = "demo@stridewise.app";
export const DEMO_PASSWORD = "stride-demo-2026";
const DEMO_TIMEZONE = "Europe/Copenhagen";

export async function seedDemo(options: { reset?: boolean; url?: string } = {}): Promise<boolean> {
  const url = options.url ?? process.env.DATABASE_URL ?? defaultDatabaseUrl();
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  try {
    const existing = await db.user.findUnique({ where: { email: DEMO_EMAIL } });
    if (existing && !options.reset) return false;
    if (existing) await db.user.delete({ where: { id: existing.id } });

    const today = localDateOf(new Date(), DEMO_TIMEZONE);
    const demo = buildDemoLog(today);
    const user = await db.user.create({
      data: {
        email: DEMO_EMAIL,
        name: "Demo Runner",
        passwordHash: await bcrypt.hash(DEMO_PASSWORD, 12),
        timezone: DEMO_TIMEZONE,
      },
    });
    // Ids are generated per user so that a second demo database never shares row ids.
    const shoeIds = new Map<string, string>();
    for (const shoe of demo.shoes) {
      const row = await db.shoe.create({
        data: {
          userId: user.id,
          name: shoe.name,
          startMeters: shoe.startKm * 1000,
          retireMeters: shoe.retireKm * 1000,
          retired: shoe.retired,
          isDefault: shoe.isDefault,
        },
      });
      shoeIds.set(shoe.id, row.id);
    }
    await db.$transaction(
      demo.runs.map((run) =>
        db.run.create({
          data: {
            userId: user.id,
            localDate: run.date,
            startTime: run.startTime,
            startAt: zonedTimeToInstant(run.date, run.startTime, DEMO_TIMEZONE),
            distanceM: Math.round(run.distanceKm * 1000),
            durationS: run.durationSec,
            type: run.type,
            rpe: run.rpe,
            shoeId: shoeIds.get(run.shoeId) ?? null,
            notes: run.notes ?? null,
            source: "demo",
            pain: { create: run.pain.map((entry) => ({ ...entry, userId: user.id, localDate: run.date })) },
          },
        }),
      ),
    );
    await db.painEntry.createMany({
      data: demo.painDays.map(({ date, ...entry }) => ({ ...entry, userId: user.id, localDate: date })),
    });
    return true;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedDemo({ reset: process.argv.includes("--reset") })
    .then((created) => console.log(created ? `Seeded ${DEMO_EMAIL}` : `${DEMO_EMAIL} already exists`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
