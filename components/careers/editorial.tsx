import Link from "next/link";
import type { CareerProfile } from "@/lib/data/careers";
import { EDITORS } from "@/lib/data/editorial";
import { Markdown } from "@/components/jobs/markdown";
import { Panel, SourceNote } from "./parts";

const day = (iso: string) => new Date(iso).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });

/**
 * What the career is: a curated role's own description, else the editors' description of the occupation, else
 * the official O*NET text. Editors' text is markdown (rendered safely) and says who wrote it; the official text
 * stays one click away.
 */
export function CareerDescription({ career, compact = false }: { career: CareerProfile; compact?: boolean }) {
  const { occupation, editorial, role } = career;
  const own = role?.description ?? editorial?.description ?? null;
  if (!own) {
    if (!occupation.description) return null;
    return (
      <div>
        <p className={compact ? "" : "text-lg"}>{occupation.description}</p>
        <SourceNote className="mt-2">
          {occupation.source} occupation description ({occupation.year})
        </SourceNote>
      </div>
    );
  }
  return (
    <div>
      <div className={compact ? "" : "text-lg"}>
        <Markdown text={own} />
      </div>
      <p className="mt-2 text-xs text-ink-muted">
        Written by {EDITORS}
        {role?.description ? ` for the role ${role.name}` : editorial ? `, updated ${day(editorial.updatedAt)}` : ""}.
      </p>
      {occupation.description && !compact ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-accent">The official description</summary>
          <p className="mt-2">{occupation.description}</p>
          <SourceNote className="mt-1">
            {occupation.source} occupation description ({occupation.year})
          </SourceNote>
        </details>
      ) : null}
    </div>
  );
}

/** "Based on Electrical and Electronics Repairers (SOC 49-2094)" under a curated role's name. */
export function BasedOn({ career }: { career: CareerProfile }) {
  const { occupation } = career;
  return (
    <>
      based on{" "}
      <Link href={`/careers/${occupation.slug}`} className="text-accent underline underline-offset-4">
        {occupation.title}
      </Link>{" "}
      (SOC <span className="font-mono">{occupation.socCode}</span>)
    </>
  );
}

/** Figures editors added, each with its cited source and year (official figures are never edited by hand). */
export function EditorialFigures({ career }: { career: CareerProfile }) {
  const figures = career.editorial?.figures ?? [];
  if (!figures.length) return null;
  return (
    <Panel title="More figures, from other sources">
      <p className="text-sm text-ink-muted">Added by {EDITORS}; each cites its source. The official figures on this page are unchanged.</p>
      <dl className="mt-3 divide-y divide-line">
        {figures.map((f, i) => (
          <div key={`${f.label}-${i}`} className="py-2">
            <dt className="text-sm text-ink-muted">{f.label}</dt>
            <dd className="font-semibold tabular-nums">
              {f.value.toLocaleString("en-US")} {f.unit}
              <span className="ml-2 text-xs font-normal text-ink-muted">
                Source:{" "}
                <a href={f.sourceUrl} rel="nofollow noopener noreferrer" className="text-accent underline underline-offset-4">
                  {f.sourceName}
                </a>{" "}
                ({f.year})
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
