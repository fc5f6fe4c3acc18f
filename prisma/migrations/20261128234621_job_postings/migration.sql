-- CreateEnum
CREATE TYPE "EmploymentType" AS ENUM ('FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER');

-- CreateEnum
CREATE TYPE "PayPeriod" AS ENUM ('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR');

-- CreateTable
CREATE TABLE "JobPosting" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT,
    "companyId" INTEGER,
    "companyName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "terms" TEXT[],
    "dedupeKey" TEXT NOT NULL,
    "onetCode" TEXT,
    "matchScore" DOUBLE PRECISION,
    "matchedTitle" TEXT,
    "classifiedBy" TEXT,
    "employmentType" "EmploymentType" NOT NULL DEFAULT 'FULL_TIME',
    "payMin" DOUBLE PRECISION,
    "payMax" DOUBLE PRECISION,
    "payPeriod" "PayPeriod",
    "payCurrency" TEXT DEFAULT 'USD',
    "payMinAnnual" INTEGER,
    "payMaxAnnual" INTEGER,
    "description" TEXT,
    "postedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "applyUrl" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "remote" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobPostingLocation" (
    "id" SERIAL NOT NULL,
    "postingId" TEXT NOT NULL,
    "city" TEXT,
    "state" TEXT,
    "remote" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "JobPostingLocation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobPosting_dedupeKey_idx" ON "JobPosting"("dedupeKey");

-- CreateIndex
CREATE INDEX "JobPosting_terms_idx" ON "JobPosting" USING GIN ("terms");

-- CreateIndex
CREATE INDEX "JobPosting_onetCode_postedAt_idx" ON "JobPosting"("onetCode", "postedAt");

-- CreateIndex
CREATE INDEX "JobPosting_companyId_postedAt_idx" ON "JobPosting"("companyId", "postedAt");

-- CreateIndex
CREATE INDEX "JobPosting_postedAt_idx" ON "JobPosting"("postedAt");

-- CreateIndex
CREATE INDEX "JobPosting_expiresAt_idx" ON "JobPosting"("expiresAt");

-- CreateIndex
CREATE INDEX "JobPosting_payMaxAnnual_idx" ON "JobPosting"("payMaxAnnual");

-- CreateIndex
CREATE INDEX "JobPosting_isSample_idx" ON "JobPosting"("isSample");

-- CreateIndex
CREATE UNIQUE INDEX "JobPosting_source_sourceId_key" ON "JobPosting"("source", "sourceId");

-- CreateIndex
CREATE INDEX "JobPostingLocation_postingId_idx" ON "JobPostingLocation"("postingId");

-- CreateIndex
CREATE INDEX "JobPostingLocation_state_city_idx" ON "JobPostingLocation"("state", "city");

-- AddForeignKey
ALTER TABLE "JobPosting" ADD CONSTRAINT "JobPosting_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobPosting" ADD CONSTRAINT "JobPosting_onetCode_fkey" FOREIGN KEY ("onetCode") REFERENCES "Occupation"("onetCode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobPostingLocation" ADD CONSTRAINT "JobPostingLocation_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "JobPosting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
