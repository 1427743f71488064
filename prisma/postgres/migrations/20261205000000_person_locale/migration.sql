-- AlterTable
ALTER TABLE "user" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';
