-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "name" TEXT,
    "units" TEXT NOT NULL DEFAULT 'km',
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "weekStartsOn" TEXT NOT NULL DEFAULT 'monday',
    "logVersion" INTEGER NOT NULL DEFAULT 0,
    "alertsAsOf" TEXT,
    "emailHighAlerts" BOOLEAN NOT NULL DEFAULT false,
    "emailWeeklyReview" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Shoe" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startMeters" INTEGER NOT NULL DEFAULT 0,
    "retireMeters" INTEGER NOT NULL DEFAULT 800000,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Shoe_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Run" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Run_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Run_shoeId_fkey" FOREIGN KEY ("shoeId") REFERENCES "Shoe" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PainEntry" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PainEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PainEntry_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "advice" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "acknowledgedData" TEXT,
    "acknowledgedSeverity" TEXT,
    "acknowledgedAt" DATETIME,
    "closedAt" DATETIME,
    "emailedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Alert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutboxMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Shoe_userId_idx" ON "Shoe"("userId");

-- CreateIndex
CREATE INDEX "Run_userId_localDate_idx" ON "Run"("userId", "localDate");

-- CreateIndex
CREATE INDEX "Run_userId_startAt_idx" ON "Run"("userId", "startAt");

-- CreateIndex
CREATE INDEX "Run_userId_sourceId_idx" ON "Run"("userId", "sourceId");

-- CreateIndex
CREATE INDEX "Run_shoeId_idx" ON "Run"("shoeId");

-- CreateIndex
CREATE INDEX "PainEntry_userId_localDate_idx" ON "PainEntry"("userId", "localDate");

-- CreateIndex
CREATE INDEX "PainEntry_runId_idx" ON "PainEntry"("runId");

-- CreateIndex
CREATE INDEX "Alert_userId_status_idx" ON "Alert"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_userId_rule_key_key" ON "Alert"("userId", "rule", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

