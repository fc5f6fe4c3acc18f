import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Dataset, PrismaClient } from "@/lib/generated/prisma/client";
import { DATASETS, NOT_OBTAINED } from "@/lib/import/datasets";

/*
 * Provenance for /about/data: the datasets as loaded (the Dataset table, written by the importer with the
 * number of rows each one gave) and the data that could not be obtained.
 */

/** A Dataset row as the importer wrote it. */
export type LoadedDataset = Dataset;

export type Provenance = { datasets: LoadedDataset[]; notObtained: typeof NOT_OBTAINED; fromBundle: boolean };

const order = new Map<string, number>(DATASETS.map((d, i) => [d.key, i]));

/** The provenance as stored; `prisma` is passed in so tests can use their own database. */
export async function readProvenance(prisma: PrismaClient): Promise<Provenance> {
  const rows = await prisma.dataset.findMany();
  const datasets = rows.sort((a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99) || a.key.localeCompare(b.key));
  return { datasets, notObtained: NOT_OBTAINED, fromBundle: datasets.some((d) => d.loadedFrom === "bundle") };
}

export const getProvenance = cache(async (): Promise<Provenance> => readProvenance(await db()));
