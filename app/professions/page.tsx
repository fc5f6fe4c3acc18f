import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LetterNav } from "@/components/professions/letter-nav";
import { MajorGroups } from "@/components/professions/major-groups";
import { TitleList } from "@/components/professions/title-list";
import { SourceNote } from "@/components/careers/parts";
import { getLetterCounts, getMajorGroups, getTitleLetter } from "@/lib/data/professions";
import { letterLabel, parseLetter, type Letter } from "@/lib/professions/groups";
import { Breadcrumb } from "@/components/ui/breadcrumb";

type Props = { searchParams: Promise<{ letter?: string | string[] }> };

const DESCRIPTION =
  "An A–Z index of job titles, each leading to its occupation, and the 2018 Standard Occupational Classification from its major groups down to every occupation.";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const letter = parseLetter((await searchParams).letter);
  if (letter === null) return { title: "Page not found" };
  if (letter === "none") return { title: "Explore professions", description: DESCRIPTION, alternates: { canonical: "/professions" } };
  return {
    title: `Job titles starting with ${letterLabel(letter)}: explore professions`,
    description: `Job titles starting with ${letterLabel(letter)}, each with the occupation it belongs to and a link to its pay, outlook and education.`,
    alternates: { canonical: `/professions?letter=${letter}` },
  };
}

export default async function ProfessionsPage({ searchParams }: Props) {
  // Reads the database on every request, so `next build` never opens it.
  await connection();
  const letter = parseLetter((await searchParams).letter);
  if (letter === null) notFound();
  return letter === "none" ? <Overview /> : <LetterPage letter={letter} />;
}

async function Overview() {
  const [groups, counts] = await Promise.all([getMajorGroups(), getLetterCounts()]);
  const occupations = groups.reduce((n, g) => n + g.occupations, 0);
  const titles = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div className="page-width py-8 sm:py-12">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Explore professions</h1>
        <p className="mt-4 text-lg text-ink-muted">
          Find a profession by its name in the A–Z index of {titles.toLocaleString("en-US")} job titles, or by its family in the
          Standard Occupational Classification: {groups.length} major groups, {occupations.toLocaleString("en-US")} occupations.
        </p>
      </header>

      <section aria-labelledby="titles-heading" className="mt-10">
        <h2 id="titles-heading" className="text-2xl font-semibold tracking-tight">
          Job titles A–Z
        </h2>
        <p className="mt-2 max-w-3xl text-ink-muted">
          Occupation titles and the other names people use for them: the titles workers and job postings report most often,
          and alternate titles listed by several sources. Pick a letter; each title leads to its career profile.
        </p>
        <div className="mt-5">
          <LetterNav current={null} counts={counts} />
        </div>
      </section>

      <section aria-labelledby="groups-heading" className="mt-12 border-t border-line pt-10">
        <h2 id="groups-heading" className="text-2xl font-semibold tracking-tight">
          Occupational groups
        </h2>
        <p className="mt-2 max-w-3xl text-ink-muted">
          Each major group opens into its minor, broad and detailed groups, down to every occupation and its median pay.
        </p>
        <div className="mt-6">
          <MajorGroups groups={groups} />
        </div>
        <SourceNote className="mt-4">2018 Standard Occupational Classification (BLS); occupations from O*NET 29.0.</SourceNote>
      </section>
    </div>
  );
}

async function LetterPage({ letter }: { letter: Letter }) {
  const index = await getTitleLetter(letter);
  const label = letterLabel(letter);
  return (
    <div className="page-width py-8 sm:py-12">
      <Breadcrumb trail={[{ href: "/professions", label: "Explore professions" }]} current={`Job titles: ${label}`} />
      <header className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Job titles starting with {label}</h1>
        <p className="mt-4 text-lg text-ink-muted">
          {index.entries.length.toLocaleString("en-US")} titles. Occupation titles are in bold; every other title shows the
          occupation it belongs to. A title used for several occupations is listed once for each.
        </p>
      </header>
      <div className="mt-6">
        <LetterNav current={letter} counts={index.counts} />
      </div>
      <div className="mt-8">
        {index.entries.length > 0 ? (
          <TitleList entries={index.entries} label={`Job titles starting with ${label}`} />
        ) : (
          <p className="text-ink-muted italic">No titles start with {label}.</p>
        )}
      </div>
      <SourceNote className="mt-6">{index.sources.join("; ") || "O*NET"} job titles.</SourceNote>
      <p className="mt-6">
        <Link href="/professions" className="font-semibold text-accent underline underline-offset-4">
          Browse by occupational group
        </Link>
      </p>
    </div>
  );
}
