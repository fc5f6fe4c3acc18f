-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "loadedFrom" TEXT NOT NULL,
ADD COLUMN     "notes" TEXT,
ADD COLUMN     "origin" TEXT NOT NULL,
ADD COLUMN     "publisher" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Demographics" ADD COLUMN     "matchKind" TEXT NOT NULL,
ALTER COLUMN "age16to19" SET DATA TYPE INTEGER,
ALTER COLUMN "age20to24" SET DATA TYPE INTEGER,
ALTER COLUMN "age25to34" SET DATA TYPE INTEGER,
ALTER COLUMN "age35to44" SET DATA TYPE INTEGER,
ALTER COLUMN "age45to54" SET DATA TYPE INTEGER,
ALTER COLUMN "age55to64" SET DATA TYPE INTEGER,
ALTER COLUMN "age65plus" SET DATA TYPE INTEGER;

-- AlterTable
ALTER TABLE "EducationShare" ADD COLUMN     "approximate" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "control" INTEGER,
ADD COLUMN     "website" TEXT;

-- AlterTable
ALTER TABLE "Projection" ADD COLUMN     "suppressed" TEXT[],
ADD COLUMN     "topCoded" TEXT[];

-- AlterTable
ALTER TABLE "WageStat" ADD COLUMN     "belowThreshold" TEXT[],
ADD COLUMN     "establishmentsReportingPct" DOUBLE PRECISION,
ADD COLUMN     "industryEmploymentPct" DOUBLE PRECISION,
ADD COLUMN     "level" TEXT NOT NULL;

-- DropTable
DROP TABLE "Completion";

-- CreateTable
CREATE TABLE "TopCollege" (
    "id" SERIAL NOT NULL,
    "socCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "degrees" INTEGER NOT NULL,
    "associates" INTEGER NOT NULL,
    "bachelors" INTEGER NOT NULL,
    "graduate" INTEGER NOT NULL,
    "certificates" INTEGER NOT NULL,
    "majors" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "TopCollege_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TopCollege_unitId_idx" ON "TopCollege"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "TopCollege_socCode_year_rank_key" ON "TopCollege"("socCode", "year", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "Company_cik_key" ON "Company"("cik");

-- AddForeignKey
ALTER TABLE "TopCollege" ADD CONSTRAINT "TopCollege_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Institution"("unitId") ON DELETE CASCADE ON UPDATE CASCADE;
