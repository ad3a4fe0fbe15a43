-- AlterTable
ALTER TABLE "Run" ADD COLUMN "raisedAlerts" TEXT;
ALTER TABLE "PainEntry" ADD COLUMN "raisedAlerts" TEXT;
