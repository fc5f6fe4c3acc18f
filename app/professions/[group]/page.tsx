import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { GroupTree } from "@/components/professions/group-tree";
import { SourceNote } from "@/components/careers/parts";
import { getProfessionGroup } from "@/lib/data/professions";
import { Breadcrumb } from "@/components/ui/breadcrumb";

type Props = { params: Promise<{ group: string }> };

// Rendered on its first visit (never at build time: `next build` opens no database), then served from Next's
// page cache to everyone until an edit refreshes it (lib/data/refresh.ts) or, at the latest, a minute passes
// (a re-import by another process). See docs/decisions/008-page-cache.md.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

const MAX_SEGMENT = 120;

async function lookup(params: Props["params"]) {
  const { group } = await params;
  if (group.length > MAX_SEGMENT) return { kind: "missing" as const };
  return getProfessionGroup(group);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup(params);
  if (found.kind !== "found") return { title: "Profession group not found" };
  const { major } = found.group;
  return {
    title: `${major.title}: every profession in the group`,
    description: `The ${major.occupations} occupations in SOC major group ${major.code}, ${major.title}, from its minor and broad groups down to each occupation, with median pay.`,
    alternates: { canonical: `/professions/${major.slug}` },
  };
}

export default async function ProfessionGroupPage({ params }: Props) {
  const found = await lookup(params);
  if (found.kind === "redirect") permanentRedirect(`/professions/${found.slug}`);
  if (found.kind === "missing") notFound();
  const { major, minors, pay } = found.group;
  const detailed = minors.reduce((n, m) => n + m.children.reduce((k, b) => k + b.children.length, 0), 0);

  return (
    <div className="page-width py-8 sm:py-12">
      <Breadcrumb trail={[{ href: "/professions", label: "Explore professions" }]} current={major.title} />
      <header className="max-w-3xl">
        <p className="text-sm font-semibold text-accent">
          SOC major group <span className="font-mono">{major.code}</span>
        </p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight break-words sm:text-4xl">{major.title}</h1>
        <p className="mt-4 text-lg text-ink-muted">
          {minors.length} minor {minors.length === 1 ? "group" : "groups"}, {detailed} detailed SOC occupations and{" "}
          {major.occupations} O*NET occupations. Each occupation links to its career profile
          {pay ? `, with its national median pay (${pay.source}, ${pay.period})` : ""}.
        </p>
        <SourceNote className="mt-3">
          2018 Standard Occupational Classification (BLS); O*NET 29.0 occupations
          {pay ? `; median pay ${pay.source}, ${pay.period}. O*NET specialties (codes ending .01 and up) show the figure of their SOC occupation; “wider group”: BLS publishes the figure only for a broader group that includes the occupation` : ""}
          .
        </SourceNote>
      </header>
      <div className="mt-10 max-w-4xl">
        <GroupTree minors={minors} payLabel={pay ? `Median pay, ${pay.period}` : null} />
      </div>
    </div>
  );
}
