-- CreateEnum
CREATE TYPE "SocLevel" AS ENUM ('MAJOR', 'MINOR', 'BROAD', 'DETAILED');

-- CreateEnum
CREATE TYPE "TitleKind" AS ENUM ('OCCUPATION', 'ALTERNATE', 'SHORT', 'REPORTED', 'DIRECT_MATCH');

-- CreateEnum
CREATE TYPE "AreaType" AS ENUM ('NATIONAL', 'STATE', 'METRO', 'INDUSTRY');

-- CreateEnum
CREATE TYPE "RatingDomain" AS ENUM ('SKILL', 'KNOWLEDGE', 'WORK_STYLE', 'WORK_VALUE', 'INTEREST');

-- CreateTable
CREATE TABLE "SocGroup" (
    "code" TEXT NOT NULL,
    "level" "SocLevel" NOT NULL,
    "title" TEXT NOT NULL,
    "definition" TEXT,
    "parentCode" TEXT,

    CONSTRAINT "SocGroup_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Occupation" (
    "onetCode" TEXT NOT NULL,
    "socCode" TEXT NOT NULL,
    "statCode" TEXT,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,
    "jobZone" INTEGER,
    "majorCode" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Occupation_pkey" PRIMARY KEY ("onetCode")
);

-- CreateTable
CREATE TABLE "JobTitle" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "kind" "TitleKind" NOT NULL,
    "rank" INTEGER NOT NULL DEFAULT 0,
    "onetCode" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "JobTitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WageStat" (
    "id" SERIAL NOT NULL,
    "socCode" TEXT NOT NULL,
    "areaType" "AreaType" NOT NULL,
    "areaCode" TEXT NOT NULL,
    "areaName" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "employment" INTEGER,
    "employmentRse" DOUBLE PRECISION,
    "jobsPer1000" DOUBLE PRECISION,
    "locationQuotient" DOUBLE PRECISION,
    "annualMean" INTEGER,
    "hourlyMean" DOUBLE PRECISION,
    "meanRse" DOUBLE PRECISION,
    "annualP10" INTEGER,
    "annualP25" INTEGER,
    "annualMedian" INTEGER,
    "annualP75" INTEGER,
    "annualP90" INTEGER,
    "hourlyP10" DOUBLE PRECISION,
    "hourlyP25" DOUBLE PRECISION,
    "hourlyMedian" DOUBLE PRECISION,
    "hourlyP75" DOUBLE PRECISION,
    "hourlyP90" DOUBLE PRECISION,
    "annualOnly" BOOLEAN NOT NULL DEFAULT false,
    "hourlyOnly" BOOLEAN NOT NULL DEFAULT false,
    "topCoded" TEXT[],
    "suppressed" TEXT[],

    CONSTRAINT "WageStat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Projection" (
    "id" SERIAL NOT NULL,
    "socCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "baseYear" INTEGER NOT NULL,
    "targetYear" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "employmentBase" INTEGER,
    "employmentTarget" INTEGER,
    "change" INTEGER,
    "changePercent" DOUBLE PRECISION,
    "openingsAnnual" INTEGER,
    "medianWage" INTEGER,
    "educationCode" INTEGER,
    "education" TEXT,
    "experienceCode" INTEGER,
    "experience" TEXT,
    "trainingCode" INTEGER,
    "training" TEXT,

    CONSTRAINT "Projection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EducationShare" (
    "id" SERIAL NOT NULL,
    "socCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "percent" DOUBLE PRECISION,

    CONSTRAINT "EducationShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillRating" (
    "id" SERIAL NOT NULL,
    "onetCode" TEXT NOT NULL,
    "domain" "RatingDomain" NOT NULL,
    "elementId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "importance" DOUBLE PRECISION,
    "level" DOUBLE PRECISION,
    "suppressed" BOOLEAN NOT NULL DEFAULT false,
    "notRelevant" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "SkillRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnetEducationRating" (
    "id" SERIAL NOT NULL,
    "onetCode" TEXT NOT NULL,
    "scale" TEXT NOT NULL,
    "category" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "percent" DOUBLE PRECISION,
    "suppressed" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "OnetEducationRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TechnologySkill" (
    "id" SERIAL NOT NULL,
    "onetCode" TEXT NOT NULL,
    "example" TEXT NOT NULL,
    "commodityCode" INTEGER NOT NULL,
    "commodityTitle" TEXT NOT NULL,
    "hot" BOOLEAN NOT NULL,
    "inDemand" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "TechnologySkill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" SERIAL NOT NULL,
    "onetCode" TEXT NOT NULL,
    "taskId" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "core" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelatedOccupation" (
    "id" SERIAL NOT NULL,
    "onetCode" TEXT NOT NULL,
    "relatedCode" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "RelatedOccupation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Demographics" (
    "id" SERIAL NOT NULL,
    "socCode" TEXT NOT NULL,
    "censusTitle" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "totalEmployed" INTEGER,
    "women" DOUBLE PRECISION,
    "white" DOUBLE PRECISION,
    "black" DOUBLE PRECISION,
    "asian" DOUBLE PRECISION,
    "hispanic" DOUBLE PRECISION,
    "medianAge" DOUBLE PRECISION,
    "age16to19" DOUBLE PRECISION,
    "age20to24" DOUBLE PRECISION,
    "age25to34" DOUBLE PRECISION,
    "age35to44" DOUBLE PRECISION,
    "age45to54" DOUBLE PRECISION,
    "age55to64" DOUBLE PRECISION,
    "age65plus" DOUBLE PRECISION,
    "suppressed" TEXT[],

    CONSTRAINT "Demographics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CipSoc" (
    "id" SERIAL NOT NULL,
    "cipCode" TEXT NOT NULL,
    "cipTitle" TEXT NOT NULL,
    "socCode" TEXT NOT NULL,

    CONSTRAINT "CipSoc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Institution" (
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT,
    "state" TEXT,
    "year" INTEGER NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("unitId")
);

-- CreateTable
CREATE TABLE "Completion" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "cipCode" TEXT NOT NULL,
    "awardLevel" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "men" INTEGER,
    "women" INTEGER,

    CONSTRAINT "Completion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ticker" TEXT,
    "sector" TEXT,
    "subIndustry" TEXT,
    "hqCity" TEXT,
    "hqState" TEXT,
    "founded" TEXT,
    "cik" TEXT,
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dataset" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "release" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "feeds" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SocGroup_parentCode_idx" ON "SocGroup"("parentCode");

-- CreateIndex
CREATE INDEX "SocGroup_level_idx" ON "SocGroup"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Occupation_slug_key" ON "Occupation"("slug");

-- CreateIndex
CREATE INDEX "Occupation_socCode_idx" ON "Occupation"("socCode");

-- CreateIndex
CREATE INDEX "Occupation_statCode_idx" ON "Occupation"("statCode");

-- CreateIndex
CREATE INDEX "Occupation_majorCode_idx" ON "Occupation"("majorCode");

-- CreateIndex
CREATE INDEX "JobTitle_normalized_idx" ON "JobTitle"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "JobTitle_onetCode_kind_title_key" ON "JobTitle"("onetCode", "kind", "title");

-- CreateIndex
CREATE INDEX "WageStat_areaType_year_socCode_idx" ON "WageStat"("areaType", "year", "socCode");

-- CreateIndex
CREATE UNIQUE INDEX "WageStat_socCode_areaType_areaCode_year_key" ON "WageStat"("socCode", "areaType", "areaCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Projection_socCode_baseYear_key" ON "Projection"("socCode", "baseYear");

-- CreateIndex
CREATE UNIQUE INDEX "EducationShare_socCode_year_level_key" ON "EducationShare"("socCode", "year", "level");

-- CreateIndex
CREATE INDEX "SkillRating_domain_elementId_idx" ON "SkillRating"("domain", "elementId");

-- CreateIndex
CREATE UNIQUE INDEX "SkillRating_onetCode_domain_elementId_key" ON "SkillRating"("onetCode", "domain", "elementId");

-- CreateIndex
CREATE UNIQUE INDEX "OnetEducationRating_onetCode_scale_category_key" ON "OnetEducationRating"("onetCode", "scale", "category");

-- CreateIndex
CREATE UNIQUE INDEX "TechnologySkill_onetCode_example_key" ON "TechnologySkill"("onetCode", "example");

-- CreateIndex
CREATE UNIQUE INDEX "Task_onetCode_taskId_key" ON "Task"("onetCode", "taskId");

-- CreateIndex
CREATE UNIQUE INDEX "RelatedOccupation_onetCode_relatedCode_key" ON "RelatedOccupation"("onetCode", "relatedCode");

-- CreateIndex
CREATE UNIQUE INDEX "Demographics_socCode_year_source_key" ON "Demographics"("socCode", "year", "source");

-- CreateIndex
CREATE INDEX "CipSoc_socCode_idx" ON "CipSoc"("socCode");

-- CreateIndex
CREATE UNIQUE INDEX "CipSoc_cipCode_socCode_key" ON "CipSoc"("cipCode", "socCode");

-- CreateIndex
CREATE INDEX "Completion_cipCode_awardLevel_year_idx" ON "Completion"("cipCode", "awardLevel", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Completion_unitId_cipCode_awardLevel_year_key" ON "Completion"("unitId", "cipCode", "awardLevel", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Company_slug_key" ON "Company"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Company_ticker_key" ON "Company"("ticker");

-- AddForeignKey
ALTER TABLE "SocGroup" ADD CONSTRAINT "SocGroup_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "SocGroup"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobTitle" ADD CONSTRAINT "JobTitle_onetCode_fkey" FOREIGN KEY ("onetCode") REFERENCES "Occupation"("onetCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillRating" ADD CONSTRAINT "SkillRating_onetCode_fkey" FOREIGN KEY ("onetCode") REFERENCES "Occupation"("onetCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnetEducationRating" ADD CONSTRAINT "OnetEducationRating_onetCode_fkey" FOREIGN KEY ("onetCode") REFERENCES "Occupation"("onetCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TechnologySkill" ADD CONSTRAINT "TechnologySkill_onetCode_fkey" FOREIGN KEY ("onetCode") REFERENCES "Occupation"("onetCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_onetCode_fkey" FOREIGN KEY ("onetCode") REFERENCES "Occupation"("onetCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelatedOccupation" ADD CONSTRAINT "RelatedOccupation_onetCode_fkey" FOREIGN KEY ("onetCode") REFERENCES "Occupation"("onetCode") ON DELETE CASCADE ON UPDATE CASCADE;
