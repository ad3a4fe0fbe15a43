import type { Metadata } from "next";
import Link from "next/link";
import { AlertCard } from "@/app/_components/alert-card";
import type { PainLocation, PainSide, RunType } from "@/lib/analysis/types";
import { formatLongDate } from "@/lib/format-dates";
import { painPlace, RUN_TYPE_LABEL } from "@/lib/pain-labels";
import { alertsOfRun } from "@/lib/server/data/run-page";
import { getRunTrack, privacyZoneOf } from "@/lib/server/data/run-tracks";
import { getRun } from "@/lib/server/data/runs";
import { env } from "@/lib/server/env";
import { orNotFound, requireUser } from "@/lib/server/session";
import { analyseTrack } from "@/lib/track/analysis";
import { trimToPrivacyZone } from "@/lib/track/privacy";
import { tileOrigin } from "@/lib/track/tiles";
import { formatDistance, formatDuration, formatPace, metersPerUnit, type Units } from "@/lib/units";
import { ElevationProfile, HeartRateChart } from "./run-charts";
import { RunRoute } from "./run-route";
import { SplitsTable } from "./splits-table";

export const metadata: Metadata = { title: "Run" };

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <div className="value">{value}</div>
      <div className="label">{label}</div>
    </div>
  );
}

/** One run (issue 21): what the file recorded when it came from one, and what was logged either way. */
export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const run = orNotFound(await getRun(user.id, id));
  const [track, alerts] = await Promise.all([getRunTrack(user.id, run.id), alertsOfRun(user.id, run)]);
  const units = user.units as Units;
  const analysis = track ? analyseTrack(track.samples, metersPerUnit(units)) : null;
  const drawn = track ? trimToPrivacyZone(track.samples, privacyZoneOf(user)) : null;
  const movingSec = analysis?.movingSec ?? run.durationS;
  const pace = movingSec ? formatPace(run.distanceM, movingSec, units) : null;
  const ascent = analysis?.ascentM ?? run.ascentM;
  const descent = analysis?.descentM ?? run.descentM;

  return (
    <>
      <h1>
        {RUN_TYPE_LABEL[run.type as RunType] ?? run.type} run, {formatLongDate(run.localDate)}
        {run.startTime ? ` at ${run.startTime}` : ""}
      </h1>
      <p className="actions">
        <Link className="button" href={`/runs/${run.id}/edit`}>Edit</Link>
        {track ? <a className="button secondary" href={`/runs/${run.id}/file/gpx`} download>Download GPX</a> : null}
        {track ? <a className="button secondary" href={`/runs/${run.id}/file/tcx`} download>Download TCX</a> : null}
        {track?.hasOriginal ? <a className="button secondary" href={`/runs/${run.id}/file/original`} download>Download the original file</a> : null}
      </p>

      <section aria-label="Totals" className="stat-grid" data-testid="run-totals" style={{ marginBottom: "1rem" }}>
        <Stat label="Distance" value={formatDistance(run.distanceM, units, 2)} testId="total-distance" />
        {movingSec ? <Stat label="Moving time" value={formatDuration(movingSec)} /> : null}
        {analysis?.elapsedSec ? <Stat label="Elapsed time" value={formatDuration(analysis.elapsedSec)} /> : null}
        {pace ? <Stat label="Pace" value={pace} /> : null}
        {ascent !== null ? <Stat label="Ascent" value={`${Math.round(ascent)} m`} testId="total-ascent" /> : null}
        {descent !== null ? <Stat label="Descent" value={`${Math.round(descent)} m`} testId="total-descent" /> : null}
        {analysis?.avgHr ? <Stat label="Heart rate, bpm (mean / max)" value={`${analysis.avgHr} / ${analysis.maxHr}`} /> : null}
        {run.rpe ? <Stat label="Effort (RPE)" value={`${run.rpe}/10`} /> : null}
        {run.shoe ? <Stat label="Shoe" value={run.shoe.name} /> : null}
      </section>
      {run.notes ? <p style={{ whiteSpace: "pre-wrap" }}>{run.notes}</p> : null}

      {drawn ? <RunRoute samples={drawn} trimmed={drawn !== track!.samples} tiles={mapTiles()} /> : null}
      {analysis && track ? <SplitsTable splits={analysis.splits} units={units} /> : null}
      {analysis && track ? <ElevationProfile samples={track.samples} along={analysis.along} units={units} /> : null}
      {track ? <HeartRateChart samples={track.samples} maxHr={user.maxHr} /> : null}
      {!track ? <p className="muted" data-testid="no-track">This run was logged by hand, so there is no route, splits or heart rate to show.</p> : null}

      <section className="card" aria-labelledby="pain-heading">
        <h2 id="pain-heading">Pain</h2>
        {run.pain.length === 0 ? (
          <p className="muted">No pain logged with this run.</p>
        ) : (
          <ul data-testid="run-pain">
            {run.pain.map((entry) => (
              <li key={entry.id}>
                {painPlace(entry.location as PainLocation, entry.side as PainSide)}: {entry.score}/10
              </li>
            ))}
          </ul>
        )}
      </section>

      {alerts.length > 0 ? (
        <section aria-labelledby="run-alerts-heading">
          <h2 id="run-alerts-heading">Alerts this run is part of</h2>
          {alerts.map((alert) => <AlertCard key={alert.id} alert={alert} units={units} />)}
        </section>
      ) : null}
    </>
  );
}

/** The admin's map tiles (MAP_TILE_URL), only with an http(s) address the page's CSP lets images come from. */
function mapTiles() {
  const url = env.MAP_TILE_URL;
  return url && tileOrigin(url) ? { url, attribution: env.MAP_TILE_ATTRIBUTION ?? "" } : null;
}
