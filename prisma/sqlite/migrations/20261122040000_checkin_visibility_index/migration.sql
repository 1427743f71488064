-- CreateIndex
CREATE INDEX "CheckIn_familyId_shared_authorId_idx" ON "CheckIn"("familyId", "shared", "authorId");

