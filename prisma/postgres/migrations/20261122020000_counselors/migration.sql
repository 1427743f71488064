-- CreateTable
CREATE TABLE "CounselorProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organization" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounselorProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadingList" (
    "id" TEXT NOT NULL,
    "counselorId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "pages" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "label" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "openCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadingList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConnectionInvite" (
    "id" TEXT NOT NULL,
    "counselorId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedByFamilyId" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConnectionInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounselorConnection" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "counselorId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CounselorConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounselorAccessLog" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "counselorId" TEXT,
    "counselorName" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounselorAccessLog_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "CounselorProfile" ADD CONSTRAINT "CounselorProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingList" ADD CONSTRAINT "ReadingList_counselorId_fkey" FOREIGN KEY ("counselorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectionInvite" ADD CONSTRAINT "ConnectionInvite_counselorId_fkey" FOREIGN KEY ("counselorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounselorConnection" ADD CONSTRAINT "CounselorConnection_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounselorConnection" ADD CONSTRAINT "CounselorConnection_counselorId_fkey" FOREIGN KEY ("counselorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounselorAccessLog" ADD CONSTRAINT "CounselorAccessLog_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

