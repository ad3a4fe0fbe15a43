import Link from "next/link";
import { ensureRunnerWatchFolder } from "@/lib/server/import-watch/config";

/** Where a sync tool should put this runner's activity files (issue 16), when the server watches a folder. */
export async function WatchFolderSection({ userId }: { userId: string }) {
  const folder = await ensureRunnerWatchFolder(userId);
  return (
    <section aria-labelledby="watch-folder" className="card">
      <h2 id="watch-folder" style={{ marginTop: 0 }}>
        Watched import folder
      </h2>
      {folder.enabled ? (
        <>
          <p>
            Activity files put in this folder on the server are imported on their own, usually within a minute: point a sync
            tool at it (Syncthing, Nextcloud, a watch&apos;s USB folder, Gadgetbridge or OpenTracks exports).
          </p>
          <p>
            <code data-testid="watch-folder-path" style={{ overflowWrap: "anywhere" }}>
              {folder.path}
            </code>
          </p>
          {folder.error ? <p className="notice error">The folder is missing: {folder.error}. Ask the server&apos;s administrator.</p> : null}
          <p className="hint">
            The same formats as the Import page; runs you already have are skipped. Stridewise only reads the folder: it never
            deletes or changes a file there. What each file added is in the <Link href="/import/history">Import history</Link>.
          </p>
        </>
      ) : (
        <>
          <p className="muted" data-testid="watch-folder-off">
            This server does not watch a folder for you yet: ask the person who runs it. Until then, use{" "}
            <Link href="/import">Import</Link> or the API.
          </p>
          <p className="hint">For that person: the IMPORT_WATCH_DIR setting turns it on.</p>
        </>
      )}
    </section>
  );
}
