-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isSample" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CompanyReview" (
    "id" TEXT NOT NULL,
    "companyId" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "overall" INTEGER NOT NULL,
    "payBenefits" INTEGER NOT NULL,
    "workLife" INTEGER NOT NULL,
    "careerGrowth" INTEGER NOT NULL,
    "management" INTEGER NOT NULL,
    "culture" INTEGER NOT NULL,
    "pros" TEXT NOT NULL,
    "cons" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "onetCode" TEXT,
    "careerSlug" TEXT,
    "careerTitle" TEXT,
    "currentEmployee" BOOLEAN NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PENDING',
    "moderatorId" TEXT,
    "moderatedAt" TIMESTAMP(3),
    "moderationReason" TEXT,
    "flaggedAt" TIMESTAMP(3),
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "helpfulCount" INTEGER NOT NULL DEFAULT 0,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompanyReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewReport" (
    "reviewId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewReport_pkey" PRIMARY KEY ("reviewId","userId")
);

-- CreateTable
CREATE TABLE "ReviewHelpfulVote" (
    "reviewId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewHelpfulVote_pkey" PRIMARY KEY ("reviewId","userId")
);

-- CreateIndex
CREATE INDEX "CompanyReview_companyId_status_createdAt_idx" ON "CompanyReview"("companyId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "CompanyReview_status_createdAt_idx" ON "CompanyReview"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CompanyReview_flaggedAt_idx" ON "CompanyReview"("flaggedAt");

-- CreateIndex
CREATE INDEX "CompanyReview_authorId_companyId_createdAt_idx" ON "CompanyReview"("authorId", "companyId", "createdAt");

-- CreateIndex
CREATE INDEX "CompanyReview_isSample_idx" ON "CompanyReview"("isSample");

-- CreateIndex
CREATE INDEX "ReviewReport_userId_idx" ON "ReviewReport"("userId");

-- CreateIndex
CREATE INDEX "ReviewHelpfulVote_userId_idx" ON "ReviewHelpfulVote"("userId");

-- AddForeignKey
ALTER TABLE "CompanyReview" ADD CONSTRAINT "CompanyReview_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyReview" ADD CONSTRAINT "CompanyReview_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyReview" ADD CONSTRAINT "CompanyReview_moderatorId_fkey" FOREIGN KEY ("moderatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewReport" ADD CONSTRAINT "ReviewReport_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "CompanyReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewReport" ADD CONSTRAINT "ReviewReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewHelpfulVote" ADD CONSTRAINT "ReviewHelpfulVote_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "CompanyReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewHelpfulVote" ADD CONSTRAINT "ReviewHelpfulVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: the S&P 500 source kept Wikipedia footnote marks ("Florida[3]"); the importer drops them now, and this
-- cleans rows loaded before it did.
UPDATE "Company" SET "hqState" = NULLIF(btrim(regexp_replace("hqState", '\s*\[(\d+|[a-z]|note \d+)\]', '', 'gi')), '') WHERE "hqState" ~ '\[';
UPDATE "Company" SET "hqCity" = NULLIF(btrim(regexp_replace("hqCity", '\s*\[(\d+|[a-z]|note \d+)\]', '', 'gi')), '') WHERE "hqCity" ~ '\[';
UPDATE "Company" SET "founded" = NULLIF(btrim(regexp_replace("founded", '\s*\[(\d+|[a-z]|note \d+)\]', '', 'gi')), '') WHERE "founded" ~ '\[';
