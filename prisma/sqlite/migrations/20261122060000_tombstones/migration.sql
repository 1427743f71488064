-- CreateTable
CREATE TABLE "CounselorConnectionEnd" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "counselorId" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "endedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CounselorConnectionEnd_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CounselorConnectionEnd_counselorId_fkey" FOREIGN KEY ("counselorId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FamilyTombstone" (
    "familyId" TEXT NOT NULL PRIMARY KEY,
    "deletedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "viewerKeys" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "CounselorConnectionEnd_counselorId_idx" ON "CounselorConnectionEnd"("counselorId");

-- CreateIndex
CREATE UNIQUE INDEX "CounselorConnectionEnd_familyId_counselorId_key" ON "CounselorConnectionEnd"("familyId", "counselorId");

