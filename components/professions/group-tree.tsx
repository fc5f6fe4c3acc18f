import Link from "next/link";
import type { GroupNode, GroupOccupation } from "@/lib/data/professions";
import { formatHourlyWage, formatWage } from "@/lib/format";

/*
 * One SOC major group laid out minor → broad → detailed → occupation. A level that only repeats its parent
 * (a broad group with a single detailed group of the same title, a detailed group whose only occupation has its
 * title) is folded into it, so the list never says the same thing twice.
 */

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function GroupTree({ minors, payLabel }: { minors: GroupNode[]; payLabel: string | null }) {
  return (
    <div className="space-y-10">
      {minors.map((minor) => (
        <section key={minor.code} aria-labelledby={`g-${minor.code}`} className="border-t border-line pt-6">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4">
            <h2 id={`g-${minor.code}`} className="text-xl font-semibold tracking-tight">
              {minor.title} <Code code={minor.code} />
            </h2>
            {payLabel ? (
              <p className="ml-auto text-xs font-semibold text-ink-muted" aria-hidden>
                {payLabel}
              </p>
            ) : null}
          </div>
          <ul className="mt-4 space-y-4">
            {minor.children.map((broad) => (
              <BroadItem key={broad.code} broad={broad} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function BroadItem({ broad }: { broad: GroupNode }) {
  const only = broad.children.length === 1 ? broad.children[0] : null;
  if (only && same(only.title, broad.title)) {
    return <DetailedItem detailed={only} />;
  }
  return (
    <li>
      <p className="font-semibold">
        {broad.title} <Code code={broad.code} />
      </p>
      <ul className="mt-2 space-y-2 border-l-2 border-line pl-4">
        {broad.children.map((d) => (
          <DetailedItem key={d.code} detailed={d} />
        ))}
      </ul>
    </li>
  );
}

function DetailedItem({ detailed }: { detailed: GroupNode }) {
  const occ = detailed.occupations;
  const own = occ.find((o) => same(o.title, detailed.title)) ?? (occ.length === 1 ? occ[0] : undefined);
  const others = occ.filter((o) => o !== own);
  return (
    <li>
      {own ? (
        <OccupationRow occupation={own} code={detailed.code} />
      ) : (
        <p className="font-medium">
          {detailed.title} <Code code={detailed.code} />
        </p>
      )}
      {others.length > 0 ? (
        <ul className="mt-1.5 space-y-1.5 border-l-2 border-line pl-4" aria-label={`Specialties of ${detailed.title}`}>
          {others.map((o) => (
            <li key={o.onetCode}>
              <OccupationRow occupation={o} code={o.onetCode} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function OccupationRow({ occupation, code }: { occupation: GroupOccupation; code: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
      <span>
        <Link href={`/careers/${occupation.slug}`} className="font-medium text-accent underline-offset-4 hover:underline">
          {occupation.title}
        </Link>{" "}
        <Code code={code} />
      </span>
      <Pay occupation={occupation} />
    </div>
  );
}

function Pay({ occupation }: { occupation: GroupOccupation }) {
  const pay = occupation.pay;
  if (!pay) return <span className="ml-auto text-sm text-ink-muted italic">pay not published</span>;
  const text = pay.hourly ? formatHourlyWage(pay.median) : formatWage(pay.median);
  return (
    <span className="ml-auto text-sm tabular-nums text-ink-muted">
      <span className="sr-only">Median pay: </span>
      <span className="font-medium text-ink">{text}</span>
      {pay.broader ? (
        <span title="Figure for the wider BLS group this occupation is published under">
          {" "}
          (wider group)
        </span>
      ) : null}
    </span>
  );
}

function Code({ code }: { code: string }) {
  return <span className="font-mono text-xs font-normal text-ink-muted">{code}</span>;
}
