-- CreateIndex
CREATE INDEX "Run_userId_shoeId_localDate_distanceM_idx" ON "Run"("userId", "shoeId", "localDate", "distanceM");
