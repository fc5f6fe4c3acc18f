import type { CompanyView } from "@/lib/data/companies";

/** The /companies address of a view; defaults are left out so each view has one URL. */
export function companiesHref(view: Partial<CompanyView>, changes: Partial<CompanyView> = {}): string {
  const v = { ...view, ...changes };
  const p = new URLSearchParams();
  if (v.q) p.set("q", v.q);
  if (v.sector) p.set("sector", v.sector);
  if (v.subIndustry) p.set("subIndustry", v.subIndustry);
  if (v.state) p.set("state", v.state);
  if (v.sort && v.sort !== "name") p.set("sort", v.sort);
  if (v.page && v.page > 1) p.set("page", String(v.page));
  const qs = p.toString();
  return qs ? `/companies?${qs}` : "/companies";
}
