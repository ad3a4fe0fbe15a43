-- AlterTable
ALTER TABLE "User" ADD COLUMN     "maxHr" INTEGER,
ADD COLUMN     "privacyLat" DOUBLE PRECISION,
ADD COLUMN     "privacyLon" DOUBLE PRECISION,
ADD COLUMN     "privacyRadiusM" INTEGER;

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "ascentM" INTEGER,
ADD COLUMN     "descentM" INTEGER,
ADD COLUMN     "raisedAlerts" TEXT;

-- AlterTable
ALTER TABLE "PainEntry" ADD COLUMN     "raisedAlerts" TEXT;

-- CreateTable
CREATE TABLE "RunTrack" (
    "runId" TEXT NOT NULL,
    "samples" BYTEA NOT NULL,
    "points" INTEGER NOT NULL,
    "original" BYTEA,
    "originalName" TEXT,

    CONSTRAINT "RunTrack_pkey" PRIMARY KEY ("runId")
);

-- AddForeignKey
ALTER TABLE "RunTrack" ADD CONSTRAINT "RunTrack_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

