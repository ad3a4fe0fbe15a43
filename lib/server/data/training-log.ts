// Not "server-only": scripts/digest.ts loads logs outside Next for the weekly email (issue 9). No secrets here.
import type { Prisma, User } from "../../generated/prisma/client";
import { alertWindowStart, returnBaselineCutoff, windowedLog } from "../../analysis/alert-window";
import type { LocalDate, PainEntry, RedFlag, TrainingLog, WeekStart } from "../../analysis/types";
import { painEntryFromRow, type PainRow } from "../../pain-row";

type Tx = Prisma.TransactionClient;

/** The user's whole log in the analyser's shape: three queries, no per-row lookups. */
export async function loadTrainingLog(tx: Tx, user: Pick<User, "id" | "weekStartsOn">): Promise<TrainingLog> {
  const [runs, pain, shoes] = await Promise.all([
    tx.run.findMany({
      where: { userId: user.id },
      select: { id: true, localDate: true, distanceM: true, shoeId: true },
    }),
    tx.painEntry.findMany({ where: { userId: user.id } }),
    tx.shoe.findMany({ where: { userId: user.id } }),
  ]);

  const painByRun = new Map<string, PainEntry[]>();
  const painDays: TrainingLog["painDays"] = [];
  for (const row of pain) {
    if (row.runId) {
      const list = painByRun.get(row.runId) ?? [];
      list.push(painEntryFromRow(row));
      painByRun.set(row.runId, list);
    } else {
      painDays.push({ ...painEntryFromRow(row), date: row.localDate });
    }
  }

  return {
    weekStartsOn: user.weekStartsOn as WeekStart,
    runs: runs.map((run) => ({
      id: run.id,
      date: run.localDate,
      km: run.distanceM / 1000,
      shoeId: run.shoeId,
      pain: painByRun.get(run.id) ?? [],
    })),
    painDays,
    shoes: shoes.map((shoe) => ({
      id: shoe.id,
      startKm: shoe.startMeters / 1000,
      retireKm: shoe.retireMeters / 1000,
      retired: shoe.retired,
    })),
  };
}

type WindowRunRow = { id: string; localDate: string; distanceM: number | bigint; shoeId: string | null };
type WindowPainRow = PainRowFromSql & { runId: string | null; localDate: string };
type PainRowFromSql = Omit<PainRow, "score" | RedFlag> & { score: number | bigint } & Record<RedFlag, boolean | number | bigint>;
type WindowShoeRow = {
  id: string;
  startMeters: number | bigint;
  retireMeters: number | bigint;
  retired: boolean | number | bigint;
  metresBefore: number | bigint | null;
};

// Raw SQL reads the same rows several times cheaper than the query builder (issue 8: a save recomputes
// the alerts, so this runs on every write). SQLite hands back integers as bigint or number and
// booleans as 0/1 here, hence the Number() and Boolean() below.
function painFromSql(row: PainRowFromSql): PainEntry {
  return painEntryFromRow({
    ...row,
    score: Number(row.score),
    restPain: Boolean(row.restPain),
    nightPain: Boolean(row.nightPain),
    swelling: Boolean(row.swelling),
    limping: Boolean(row.limping),
    worseDuringRun: Boolean(row.worseDuringRun),
    boneTenderness: Boolean(row.boneTenderness),
  });
}

/**
 * Only what the alerts as of T read (lib/analysis/alert-window.ts): the runs and pain from the window's
 * first day to T, the first run, and each shoe's distance before the window, in four small queries
 * whatever the size of the log. Pain rows carry their run's date (every writer sets it so), which lets
 * the pain of the window's runs come from the date index too.
 */
export async function loadAlertLog(
  tx: Tx,
  user: Pick<User, "id" | "weekStartsOn">,
  asOf: LocalDate,
): Promise<TrainingLog> {
  const ends = await tx.$queryRaw<(WindowRunRow & { edge: string })[]>`
    SELECT * FROM (SELECT 'previous' AS edge, id, "localDate", "distanceM", "shoeId" FROM "Run"
      WHERE "userId" = ${user.id} AND "localDate" <= ${returnBaselineCutoff(asOf)} ORDER BY "localDate" DESC LIMIT 1) AS p
    UNION ALL
    SELECT * FROM (SELECT 'first' AS edge, id, "localDate", "distanceM", "shoeId" FROM "Run"
      WHERE "userId" = ${user.id} AND "localDate" <= ${asOf} ORDER BY "localDate" ASC, id ASC LIMIT 1) AS f`;
  const previous = ends.find((row) => row.edge === "previous")?.localDate ?? null;
  const first = ends.find((row) => row.edge === "first");
  const from = alertWindowStart(asOf, previous);

  const [runs, pain, shoes] = await Promise.all([
    tx.$queryRaw<WindowRunRow[]>`
      SELECT id, "localDate", "distanceM", "shoeId" FROM "Run"
      WHERE "userId" = ${user.id} AND "localDate" >= ${from} AND "localDate" <= ${asOf}`,
    tx.$queryRaw<WindowPainRow[]>`
      SELECT "runId", "localDate", location, side, score, timing, "restPain", "nightPain", swelling, limping,
        "worseDuringRun", "boneTenderness"
      FROM "PainEntry" WHERE "userId" = ${user.id} AND "localDate" >= ${from} AND "localDate" <= ${asOf}`,
    tx.$queryRaw<WindowShoeRow[]>`
      SELECT s.id, s."startMeters", s."retireMeters", s.retired,
        (SELECT SUM(CASE WHEN r."distanceM" > 1 THEN r."distanceM" ELSE 1 END) FROM "Run" r
          WHERE r."userId" = s."userId" AND r."shoeId" = s.id AND r."localDate" < ${from}) AS "metresBefore"
      FROM "Shoe" s WHERE s."userId" = ${user.id}`,
  ]);

  const painByRun = new Map<string, PainEntry[]>();
  const painDays: TrainingLog["painDays"] = [];
  for (const row of pain) {
    if (row.runId) painByRun.set(row.runId, [...(painByRun.get(row.runId) ?? []), painFromSql(row)]);
    else painDays.push({ ...painFromSql(row), date: row.localDate });
  }
  return windowedLog({
    weekStartsOn: user.weekStartsOn as WeekStart,
    from,
    runs: runs.map((run) => ({
      id: run.id,
      date: run.localDate,
      km: Number(run.distanceM) / 1000,
      shoeId: run.shoeId,
      pain: painByRun.get(run.id) ?? [],
    })),
    painDays,
    firstRun:
      first !== undefined && first.localDate < from
        ? { id: first.id, date: first.localDate, km: Number(first.distanceM) / 1000 }
        : null,
    shoes: shoes.map((shoe) => ({
      id: shoe.id,
      startKm: Number(shoe.startMeters) / 1000,
      retireKm: Number(shoe.retireMeters) / 1000,
      retired: Boolean(shoe.retired),
      metresBefore: Number(shoe.metresBefore ?? 0),
    })),
  });
}
