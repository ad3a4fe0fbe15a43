-- AlterTable
ALTER TABLE "User" ADD COLUMN "emailMorningCheck" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MorningCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "runDate" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "painEntryId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MorningCheck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MorningCheck_userId_runDate_location_side_key" ON "MorningCheck"("userId", "runDate", "location", "side");
