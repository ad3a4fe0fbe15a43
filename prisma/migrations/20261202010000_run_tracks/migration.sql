-- Issue 21: each run's recorded samples and original file, its ascent and descent, and the runner's
-- highest heart rate and privacy zone.
ALTER TABLE "User" ADD COLUMN "maxHr" INTEGER;
ALTER TABLE "User" ADD COLUMN "privacyLat" REAL;
ALTER TABLE "User" ADD COLUMN "privacyLon" REAL;
ALTER TABLE "User" ADD COLUMN "privacyRadiusM" INTEGER;
ALTER TABLE "Run" ADD COLUMN "ascentM" INTEGER;
ALTER TABLE "Run" ADD COLUMN "descentM" INTEGER;

-- CreateTable
CREATE TABLE "RunTrack" (
    "runId" TEXT NOT NULL PRIMARY KEY,
    "samples" BLOB NOT NULL,
    "points" INTEGER NOT NULL,
    "original" BLOB,
    "originalName" TEXT,
    CONSTRAINT "RunTrack_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
