-- AlterTable
ALTER TABLE "Run" ADD COLUMN "clientKey" TEXT;
ALTER TABLE "PainEntry" ADD COLUMN "clientKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Run_userId_clientKey_key" ON "Run"("userId", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "PainEntry_userId_clientKey_key" ON "PainEntry"("userId", "clientKey");
