import Link from "next/link";
import type { Section } from "@/components/site/sections";
import { ArrowRightIcon } from "@/components/ui/icons";
import { Breadcrumb } from "@/components/ui/breadcrumb";

type ComingSoonProps = {
  /** The page heading. */
  title: string;
  /** One paragraph: what this page will do once it opens. */
  description: string;
  /** Where this page sits, for pages below a section (e.g. a career profile under "Explore careers"). */
  parent?: { href: string; label: string };
  /** Sections worth visiting meanwhile. */
  related: Section[];
  /** The one-line status note. */
  status?: string;
  /** Anything page-specific shown under the status note (e.g. the search box). */
  children?: React.ReactNode;
};

/** The placeholder every section shows until its data arrives: what is coming, and where to go meanwhile. */
export function ComingSoon({
  title,
  description,
  parent,
  related,
  status = "Coming soon: this page is being built and will fill in as the data is loaded.",
  children,
}: ComingSoonProps) {
  return (
    <div className="page-width py-10 sm:py-14">
      {parent ? (
        <Breadcrumb trail={[parent]} current={title} />
      ) : null}

      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight break-words sm:text-4xl">{title}</h1>
        <p className="mt-4 text-lg text-ink-muted">{description}</p>
        <p className="mt-6 inline-flex items-start gap-2.5 rounded-lg bg-accent-soft px-3 py-2 text-sm font-medium text-accent-strong">
          <span className="mt-[0.45rem] size-2 shrink-0 rounded-full bg-accent" aria-hidden />
          {status}
        </p>
      </div>

      {children ? <div className="mt-8 max-w-3xl">{children}</div> : null}

      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mt-12">
          <h2 id="related-heading" className="text-lg font-semibold">
            Meanwhile, explore
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {related.map((section) => (
              <li key={section.href}>
                <SectionCard section={section} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** A card linking to one section; the whole card is the link. */
export function SectionCard({ section }: { section: Section }) {
  return (
    <Link
      href={section.href}
      className="group flex h-full flex-col rounded-xl border border-line bg-surface p-5 no-underline shadow-xs transition-colors hover:border-accent"
    >
      <span className="flex items-center justify-between gap-3 font-semibold text-ink">
        {section.label}
        <ArrowRightIcon className="size-4 shrink-0 text-accent transition-transform group-hover:translate-x-0.5" />
      </span>
      <span className="mt-2 text-sm text-ink-muted">{section.blurb}</span>
    </Link>
  );
}
