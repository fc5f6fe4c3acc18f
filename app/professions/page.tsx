import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LetterNav } from "@/components/professions/letter-nav";
import { MajorGroups } from "@/components/professions/major-groups";
import { TitleList } from "@/components/professions/title-list";
import { SourceNote } from "@/components/careers/parts";
import { getMajorGroups, getTitleLetter } from "@/lib/data/professions";
import { letterLabel, parseLetter } from "@/lib/professions/groups";

type Props = { searchParams: Promise<{ letter?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const letter = parseLetter((await searchParams).letter);
  const suffix = letter && letter !== "a" ? `: titles starting with ${letterLabel(letter)}` : "";
  return {
    title: `Explore professions${suffix}`,
    description:
      "An A–Z index of job titles, each leading to its occupation, and the 2018 Standard Occupational Classification from its 23 major groups down to every occupation.",
    alternates: { canonical: letter && letter !== "a" ? `/professions?letter=${letter}` : "/professions" },
  };
}

export default async function ProfessionsPage({ searchParams }: Props) {
  // Reads the database on every request, so `next build` never opens it.
  await connection();
  const letter = parseLetter((await searchParams).letter);
  if (!letter) notFound();
  const [groups, index] = await Promise.all([getMajorGroups(), getTitleLetter(letter)]);
  const occupations = groups.reduce((n, g) => n + g.occupations, 0);
  const label = letterLabel(letter);
  const total = Object.values(index.counts).reduce((a, b) => a + b, 0);

  return (
    <div className="page-width py-8 sm:py-12">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Explore professions</h1>
        <p className="mt-4 text-lg text-ink-muted">
          Find a profession by its name in the A–Z index of {total.toLocaleString("en-US")} job titles, or by its family
          in the Standard Occupational Classification: {groups.length} major groups, {occupations.toLocaleString("en-US")}{" "}
          occupations.
        </p>
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold">
          <a href="#groups" className="text-accent underline-offset-4 hover:underline">
            Occupational groups
          </a>
          <a href="#titles" className="text-accent underline-offset-4 hover:underline">
            Job titles A–Z
          </a>
        </p>
      </header>

      <section id="groups" aria-labelledby="groups-heading" className="mt-10 scroll-mt-20">
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

      <section id="titles" aria-labelledby="titles-heading" className="mt-12 scroll-mt-20 border-t border-line pt-10">
        <h2 id="titles-heading" className="text-2xl font-semibold tracking-tight">
          Job titles A–Z
        </h2>
        <p className="mt-2 max-w-3xl text-ink-muted">
          Occupation titles (in bold) and the other names people use for them: the titles workers and job postings report
          most often, and alternate titles listed by several sources. Each one leads to its career profile.
        </p>
        <div className="mt-6">
          <LetterNav current={letter} counts={index.counts} />
        </div>
        <h3 className="mt-8 text-lg font-semibold" aria-live="polite">
          {index.entries.length.toLocaleString("en-US")} titles starting with {label}
        </h3>
        <div className="mt-4">
          {index.entries.length > 0 ? (
            <TitleList entries={index.entries} label={`Job titles starting with ${label}`} />
          ) : (
            <p className="text-ink-muted italic">No titles start with {label}.</p>
          )}
        </div>
        <SourceNote className="mt-6">{index.sources.join("; ") || "O*NET"} job titles.</SourceNote>
      </section>
    </div>
  );
}
