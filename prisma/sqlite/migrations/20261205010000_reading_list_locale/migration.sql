-- AlterTable
ALTER TABLE "ReadingList" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';
