import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin/admin-frame";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { adminPageUser, param, utcTime } from "@/lib/admin/guard";
import { recentOccupationEdits } from "@/lib/admin/occupation-edits";
import { searchTitles } from "@/lib/data/search";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Careers · Administration", alternates: { canonical: "/admin/careers" }, robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminCareersPage({ searchParams }: Props) {
  const user = await adminPageUser("EDITOR");
  if (!user) return <SignedOutNotice title="Careers" text="Editors and administrators sign in here to edit career descriptions, responsibilities, skills and titles." returnTo="/admin/careers" />;
  const q = param(await searchParams, "q", 100);
  const [results, recent] = await Promise.all([q ? searchTitles(q, 15) : Promise.resolve([]), recentOccupationEdits(await db())]);
  return (
    <AdminFrame
      user={user}
      title="Careers"
      intro="Find an occupation by any job title and edit its description, responsibilities, top skills, search titles and editorial figures. Edits sit on top of the official data (a re-import keeps them) and show at once."
    >
      <div className="flex flex-wrap items-end justify-between gap-4">
        <form method="get" role="search" aria-label="Find occupations" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="careers-q" className="block font-medium">
              Job title or occupation
            </label>
            <input id="careers-q" name="q" type="search" defaultValue={q} maxLength={100} className={inputClass} />
          </div>
          <button type="submit" className={secondaryButtonClass}>
            Find
          </button>
        </form>
        <Link href="/admin/roles" className={`${buttonClass} no-underline`}>
          Curated roles
        </Link>
      </div>
      {q ? (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="text-xl font-semibold">
            Matches for “{q}”
          </h2>
          {results.length ? (
            <ul className="mt-3 grid gap-2">
              {results.map((r) => (
                <li key={`${r.slug}-${r.onetCode}`} className="rounded-xl border border-line bg-surface p-3 shadow-xs">
                  {r.basedOn ? (
                    <p>
                      <span className="font-semibold">{r.title}</span> (curated role) is based on{" "}
                      <Link href={`/admin/careers/${r.basedOn.slug}`} className="font-semibold text-accent underline-offset-4 hover:underline">
                        {r.basedOn.title}
                      </Link>
                    </p>
                  ) : (
                    <p>
                      <Link href={`/admin/careers/${r.slug}`} className="font-semibold text-accent underline-offset-4 hover:underline">
                        {r.title}
                      </Link>{" "}
                      <span className="font-mono text-sm text-ink-muted">{r.onetCode}</span>
                    </p>
                  )}
                  {r.matchedTitle !== r.title ? <p className="text-sm text-ink-muted">Matched the title “{r.matchedTitle}”</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3">No occupation matches; try other words.</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="recent-heading" className="mt-10">
        <h2 id="recent-heading" className="text-xl font-semibold">
          Recently edited
        </h2>
        {recent.length ? (
          <ul className="mt-3 grid gap-2">
            {recent.map((e) => (
              <li key={e.onetCode} className="rounded-xl border border-line bg-surface p-3 shadow-xs">
                <Link href={`/admin/careers/${e.slug}`} className="font-semibold text-accent underline-offset-4 hover:underline">
                  {e.title}
                </Link>
                <span className="text-sm text-ink-muted">
                  {" "}
                  · version {e.version} · {utcTime(e.updatedAt)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-ink-muted">No occupation has been edited yet.</p>
        )}
      </section>
    </AdminFrame>
  );
}
