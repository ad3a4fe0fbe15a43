// Issue 21: the run page's time to first byte for a 3-hour run (10,800 one-second samples, stored the
// way the importer stores them) against GET /api/health, sampled in turns on the same server.
import { connect, createAthlete } from "../prisma/seed";
import { storeTrack, trackRow } from "../lib/track/stored";
import { localDateOf } from "../lib/analysis/dates";
import { sampleInTurns } from "./pages";
import { BENCH_ATHLETE, yearsOfRunning } from "./support/athlete";
import { signIn } from "./support/http";
import { startBenchServer } from "./support/server";
import { syntheticRun } from "./support/track";

const SECONDS = 3 * 3600;

export async function benchRunPage(options: { distDir: string; port: number }) {
  const today = localDateOf(new Date(), "UTC");
  let runId = "";
  const server = await startBenchServer({
    name: "run-page",
    port: options.port,
    distDir: options.distDir,
    seed: async (url) => {
      const db = connect(url);
      await createAthlete(db, { ...BENCH_ATHLETE, timezone: "UTC" }, yearsOfRunning(1, today));
      const user = await db.user.findUniqueOrThrow({ where: { email: BENCH_ATHLETE.email } });
      const samples = syntheticRun(SECONDS);
      const track = storeTrack(samples);
      const distanceM = Math.round(samples.dist.at(-1) ?? 0);
      const run = await db.run.create({
        data: { userId: user.id, localDate: today, startAt: new Date(samples.start!), distanceM, durationS: SECONDS, type: "long", source: "fit", ascentM: track.ascentM, descentM: track.descentM },
      });
      await db.runTrack.create({ data: trackRow(run.id, track, undefined) });
      runId = run.id;
      await db.$disconnect();
    },
  });
  try {
    const jar = await signIn(server.baseUrl, BENCH_ATHLETE.email, BENCH_ATHLETE.password);
    const [health, runPage] = await sampleInTurns([`${server.baseUrl}/api/health`, `${server.baseUrl}/runs/${runId}`], jar);
    return { points: SECONDS, health: health!, runPage: runPage! };
  } finally {
    await server.stop();
  }
}
