-- CreateTable
CREATE TABLE "CounselorProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "organization" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CounselorProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReadingList" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "counselorId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "pages" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "label" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "openCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReadingList_counselorId_fkey" FOREIGN KEY ("counselorId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConnectionInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "counselorId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedByFamilyId" TEXT,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConnectionInvite_counselorId_fkey" FOREIGN KEY ("counselorId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CounselorConnection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "counselorId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CounselorConnection_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CounselorConnection_counselorId_fkey" FOREIGN KEY ("counselorId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CounselorAccessLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "counselorId" TEXT,
    "counselorName" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CounselorAccessLog_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CounselorProfile_userId_key" ON "CounselorProfile"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadingList_tokenHash_key" ON "ReadingList"("tokenHash");

-- CreateIndex
CREATE INDEX "ReadingList_counselorId_idx" ON "ReadingList"("counselorId");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectionInvite_tokenHash_key" ON "ConnectionInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "ConnectionInvite_counselorId_idx" ON "ConnectionInvite"("counselorId");

-- CreateIndex
CREATE INDEX "CounselorConnection_counselorId_idx" ON "CounselorConnection"("counselorId");

-- CreateIndex
CREATE UNIQUE INDEX "CounselorConnection_familyId_counselorId_key" ON "CounselorConnection"("familyId", "counselorId");

-- CreateIndex
CREATE INDEX "CounselorAccessLog_familyId_createdAt_idx" ON "CounselorAccessLog"("familyId", "createdAt");

