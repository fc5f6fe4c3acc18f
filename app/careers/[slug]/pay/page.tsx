import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IndustryPayPanel, medianPayText, MetroPayPanel, StatePayPanel } from "@/components/careers/pay-by-area";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { careerName, careerPath, getCareer } from "@/lib/data/careers";

type Props = { params: Promise<{ slug: string }> };

// Cached like the profile it belongs to (docs/decisions/008-page-cache.md). The profile shows the top rows; the
// whole lists live here so the profile stays small (docs/benchmarks.md).
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const career = await getCareer(slug);
  if (!career) return { title: "Career not found" };
  const name = careerName(career);
  return {
    title: `${name}: pay by state, metro area and industry`,
    description: `${name}: median pay in each state, the best paying metro areas and industry sectors (BLS OEWS).`,
    alternates: { canonical: `${careerPath(career)}/pay` },
  };
}

export default async function CareerPayPage({ params }: Props) {
  const { slug } = await params;
  const career = await getCareer(slug);
  if (!career) notFound();
  const name = careerName(career);
  const profile = careerPath(career);
  const pay = career.pay;
  return (
    <div className="page-width py-8 sm:py-12">
      <Breadcrumb trail={[{ href: "/careers", label: "Explore careers" }, { href: profile, label: name }]} current="Pay by area" />
      <header className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight break-words sm:text-4xl">{name}: pay by state, metro area and industry</h1>
        <p className="mt-3 text-ink-muted">
          {pay ? (
            <>
              National median: <strong className="text-ink tabular-nums">{medianPayText(pay)}</strong>
              {pay.hourlyOnly ? " an hour" : " a year"} ({pay.source}, {pay.period}).{" "}
            </>
          ) : null}
          Medians of wages and salaries for employees (no tips, bonuses or benefits; the self-employed are not counted).
        </p>
        <p className="mt-2">
          <Link href={profile} className="text-accent underline-offset-4 hover:underline">
            Back to the {name} profile
          </Link>
        </p>
      </header>
      <div className="mt-8 space-y-6">
        <StatePayPanel career={career} />
        <div className="grid gap-6 lg:grid-cols-2">
          <MetroPayPanel career={career} />
          <IndustryPayPanel career={career} />
        </div>
      </div>
    </div>
  );
}
