-- AlterTable
ALTER TABLE "user" ADD COLUMN "deviceTimeZone" TEXT;
