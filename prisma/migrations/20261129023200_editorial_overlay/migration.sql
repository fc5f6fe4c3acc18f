-- CreateTable
CREATE TABLE "OccupationEdit" (
    "onetCode" TEXT NOT NULL,
    "description" TEXT,
    "tasks" JSONB,
    "skills" JSONB,
    "addedTitles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "removedTitles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "figures" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OccupationEdit_pkey" PRIMARY KEY ("onetCode")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "onetCode" TEXT NOT NULL,
    "description" TEXT,
    "titles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Role_slug_key" ON "Role"("slug");

-- CreateIndex
CREATE INDEX "Role_onetCode_idx" ON "Role"("onetCode");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_revertOf_key" ON "AuditLog"("revertOf");
