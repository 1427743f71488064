-- CreateTable
CREATE TABLE "CounselorConnectionEnd" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "counselorId" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounselorConnectionEnd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyTombstone" (
    "familyId" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "viewerKeys" TEXT NOT NULL,

    CONSTRAINT "FamilyTombstone_pkey" PRIMARY KEY ("familyId")
);

-- CreateIndex
CREATE INDEX "CounselorConnectionEnd_counselorId_idx" ON "CounselorConnectionEnd"("counselorId");

-- CreateIndex
CREATE UNIQUE INDEX "CounselorConnectionEnd_familyId_counselorId_key" ON "CounselorConnectionEnd"("familyId", "counselorId");

-- AddForeignKey
ALTER TABLE "CounselorConnectionEnd" ADD CONSTRAINT "CounselorConnectionEnd_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounselorConnectionEnd" ADD CONSTRAINT "CounselorConnectionEnd_counselorId_fkey" FOREIGN KEY ("counselorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

