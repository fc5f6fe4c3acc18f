import "server-only";
import { db } from "@/lib/db";
import { getCareer, readCareer } from "@/lib/data/careers";
import { figuresOf, parseSnapshot, type CareerFigures, type Snapshot } from "@/lib/saved/snapshot";
import type { Visibility } from "@/lib/generated/prisma/client";

export type SavedItem = {
  id: string;
  title: string;
  note: string;
  slugs: string[];
  visibility: Visibility;
  shareSlug: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  snapshot: Snapshot;
};

const select = {
  id: true, title: true, note: true, slugs: true, visibility: true, shareSlug: true, version: true, createdAt: true, updatedAt: true, snapshot: true,
} as const;

type Row = Omit<SavedItem, "snapshot"> & { snapshot: unknown };
const toItem = (row: Row): SavedItem => ({ ...row, snapshot: parseSnapshot(row.snapshot) });

/** An owner's saved comparisons (not the deleted ones), in their chosen order. */
export async function listSaved(ownerId: string): Promise<SavedItem[]> {
  const rows = await (await db()).savedComparison.findMany({
    where: { ownerId, deletedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "desc" }],
    select,
  });
  return rows.map(toItem);
}

/** One saved comparison, only when `ownerId` owns it: another person's id answers null, exactly like a missing one. */
export async function getSaved(id: string, ownerId: string): Promise<SavedItem | null> {
  const row = await (await db()).savedComparison.findFirst({ where: { id, ownerId, deletedAt: null }, select });
  return row ? toItem(row) : null;
}

/** A comparison shared by link (read-only). Revoked, private or deleted: null. */
export async function getShared(shareSlug: string): Promise<(SavedItem & { ownerName: string }) | null> {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(shareSlug)) return null;
  const row = await (await db()).savedComparison.findFirst({
    where: { shareSlug, visibility: "LINK", deletedAt: null },
    select: { ...select, owner: { select: { name: true } } },
  });
  if (!row) return null;
  const { owner, ...rest } = row;
  return { ...toItem(rest), ownerName: owner.name };
}

/** The key figures of each career now, from the occupation data (read-only). */
export async function currentFigures(slugs: string[]): Promise<CareerFigures[]> {
  return Promise.all(slugs.map(async (slug) => figuresOf(slug, await getCareer(slug))));
}

/** The snapshot stored with a new comparison: the same figures as of now. */
export async function takeSnapshot(slugs: string[]): Promise<Snapshot> {
  const prisma = await db();
  const careers = await Promise.all(slugs.map(async (slug) => figuresOf(slug, await readCareer(prisma, { slug }))));
  return { savedAt: new Date().toISOString(), careers };
}
