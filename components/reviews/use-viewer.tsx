"use client";

import { createContext, useContext, useEffect, useState } from "react";
import type { PublicReview } from "@/lib/reviews/read";

export type OwnReview = PublicReview & { status: "PENDING" | "APPROVED" | "REJECTED"; moderationReason: string | null };
export type Viewer = {
  user: { name: string } | null;
  own?: OwnReview[];
  nextReviewDate?: string | null;
  marks?: { own: string[]; reported: string[]; helpful: string[] };
};

const ViewerContext = createContext<Viewer | undefined>(undefined);

/** Reviews as JSON have string dates; the cards want Dates. */
const withDates = (v: Viewer): Viewer => ({ ...v, own: v.own?.map((r) => ({ ...r, createdAt: new Date(r.createdAt) })) });

/**
 * Asks, from the browser, what this visitor sees of a company beyond the shared (cached) page: their own
 * reviews, whether they may write one, and which of the listed reviews they wrote, reported or marked helpful.
 * One request per page view; its children read it with useViewer() (undefined until the answer arrives).
 */
export function ViewerProvider({ slug, ids, children }: { slug: string; ids: string[]; children: React.ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined);
  const key = ids.join(",");
  useEffect(() => {
    let live = true;
    fetch(`/api/v1/companies/${encodeURIComponent(slug)}/me?ids=${encodeURIComponent(key)}`, { cache: "no-store", credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<Viewer>) : { user: null }))
      .then(withDates)
      .catch(() => ({ user: null }))
      .then((v) => live && setViewer(v));
    return () => {
      live = false;
    };
  }, [slug, key]);
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export const useViewer = () => useContext(ViewerContext);
