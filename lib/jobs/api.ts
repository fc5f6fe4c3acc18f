/** JSON shapes of GET /api/v1/jobs and /api/v1/jobs/[id]. */
import type { PostingDetail } from "./posting";
import { isExpired } from "./posting";
import type { JobSearchResult, PostingSummary } from "./search";

export function postingJson(p: PostingSummary, now = new Date()) {
  return {
    id: p.id,
    url: `/jobs/${p.id}`,
    title: p.title,
    company: { name: p.companyName, slug: p.company?.slug ?? null },
    locations: p.locations,
    employmentType: p.employmentType,
    pay: p.payMin == null && p.payMax == null ? null : { min: p.payMin, max: p.payMax, period: p.payPeriod, currency: p.payCurrency },
    postedAt: p.postedAt.toISOString(),
    expiresAt: p.expiresAt?.toISOString() ?? null,
    expired: isExpired(p, now),
    career: p.occupation ? { slug: p.occupation.slug, title: p.occupation.title, onetCode: p.occupation.onetCode } : null,
    isSample: p.isSample,
  };
}

export function searchJson(r: JobSearchResult) {
  return {
    total: r.total,
    page: r.page,
    pages: r.pages,
    interpretedAs: r.keyword?.occupations.map((o) => ({ slug: o.slug, title: o.title, onetCode: o.onetCode, score: Math.round(o.score * 1000) / 1000 })) ?? [],
    results: r.postings.map((p) => postingJson(p)),
  };
}

export function detailJson(p: PostingDetail) {
  return {
    ...postingJson(p),
    description: p.description,
    applyUrl: p.applyUrl,
    source: p.source,
    classification: p.occupation ? { by: p.classifiedBy, score: p.matchScore, matchedTitle: p.matchedTitle } : null,
    payContext: p.pay,
  };
}
