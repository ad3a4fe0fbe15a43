-- CreateTable
CREATE TABLE "ImportRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "format" TEXT,
    "status" TEXT NOT NULL DEFAULT 'running',
    "imported" INTEGER NOT NULL DEFAULT 0,
    "report" TEXT NOT NULL DEFAULT '{}',
    "fileHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME,
    CONSTRAINT "ImportRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Run" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "startAt" DATETIME,
    "startTime" TEXT,
    "distanceM" INTEGER NOT NULL,
    "durationS" INTEGER,
    "type" TEXT NOT NULL DEFAULT 'easy',
    "rpe" INTEGER,
    "shoeId" TEXT,
    "notes" TEXT,
    "source" TEXT,
    "sourceId" TEXT,
    "importId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Run_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Run_shoeId_fkey" FOREIGN KEY ("shoeId") REFERENCES "Shoe" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Run_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ImportRecord" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Run" ("createdAt", "distanceM", "durationS", "id", "localDate", "notes", "rpe", "shoeId", "source", "sourceId", "startAt", "startTime", "type", "updatedAt", "userId") SELECT "createdAt", "distanceM", "durationS", "id", "localDate", "notes", "rpe", "shoeId", "source", "sourceId", "startAt", "startTime", "type", "updatedAt", "userId" FROM "Run";
DROP TABLE "Run";
ALTER TABLE "new_Run" RENAME TO "Run";
CREATE INDEX "Run_userId_localDate_idx" ON "Run"("userId", "localDate");
CREATE INDEX "Run_userId_startAt_idx" ON "Run"("userId", "startAt");
CREATE INDEX "Run_userId_sourceId_idx" ON "Run"("userId", "sourceId");
CREATE INDEX "Run_shoeId_idx" ON "Run"("shoeId");
CREATE INDEX "Run_importId_idx" ON "Run"("importId");
CREATE INDEX "Run_userId_shoeId_localDate_distanceM_idx" ON "Run"("userId", "shoeId", "localDate", "distanceM");
CREATE TABLE "new_PainEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "runId" TEXT,
    "localDate" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "timing" TEXT NOT NULL DEFAULT 'during',
    "restPain" BOOLEAN NOT NULL DEFAULT false,
    "nightPain" BOOLEAN NOT NULL DEFAULT false,
    "swelling" BOOLEAN NOT NULL DEFAULT false,
    "limping" BOOLEAN NOT NULL DEFAULT false,
    "worseDuringRun" BOOLEAN NOT NULL DEFAULT false,
    "boneTenderness" BOOLEAN NOT NULL DEFAULT false,
    "importId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PainEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PainEntry_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PainEntry_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ImportRecord" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_PainEntry" ("boneTenderness", "createdAt", "id", "limping", "localDate", "location", "nightPain", "restPain", "runId", "score", "side", "swelling", "timing", "userId", "worseDuringRun") SELECT "boneTenderness", "createdAt", "id", "limping", "localDate", "location", "nightPain", "restPain", "runId", "score", "side", "swelling", "timing", "userId", "worseDuringRun" FROM "PainEntry";
DROP TABLE "PainEntry";
ALTER TABLE "new_PainEntry" RENAME TO "PainEntry";
CREATE INDEX "PainEntry_userId_localDate_idx" ON "PainEntry"("userId", "localDate");
CREATE INDEX "PainEntry_runId_idx" ON "PainEntry"("runId");
CREATE INDEX "PainEntry_importId_idx" ON "PainEntry"("importId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ImportRecord_userId_createdAt_idx" ON "ImportRecord"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportRecord_userId_fileHash_idx" ON "ImportRecord"("userId", "fileHash");

