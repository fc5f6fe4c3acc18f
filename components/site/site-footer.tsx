import Link from "next/link";
import { Logo } from "@/components/site/logo";
import { FooterAccountLinks } from "@/components/site/footer-account-links";
import { FooterLinks } from "@/components/site/footer-links";
import { sections } from "@/components/site/sections";

/** Site footer: section links, account links and the attribution every data source asks for. */
export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-surface text-sm">
      <div className="page-width grid gap-8 py-10 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr]">
        <div className="space-y-3">
          <Logo />
          <p className="max-w-sm text-ink-muted">
            Careers explained with public statistics. Every figure says where it came from and which year it describes.
          </p>
        </div>
        <nav aria-label="Sections">
          <h2 className="mb-3 font-semibold">Explore</h2>
          <FooterLinks links={Object.values(sections)} />
        </nav>
        <nav aria-label="Account">
          <h2 className="mb-3 font-semibold">Your account</h2>
          <FooterAccountLinks />
        </nav>
      </div>

      <section aria-labelledby="data-sources" className="border-t border-line">
        <div className="page-width space-y-3 py-8 text-ink-muted">
          <h2 id="data-sources" className="font-semibold text-ink">
            Data sources
          </h2>
          <p className="max-w-4xl">
            This site incorporates information from the{" "}
            <a href="https://www.onetcenter.org/database.html" className="underline hover:text-ink">
              O*NET 29.0 Database
            </a>{" "}
            by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the{" "}
            <a href="https://creativecommons.org/licenses/by/4.0/" className="underline hover:text-ink">
              CC BY 4.0
            </a>{" "}
            license. O*NET® is a trademark of USDOL/ETA.
          </p>
          <p className="max-w-4xl">
            Some tables come from the newer O*NET 30.1 Database, used under the same license and attribution.
          </p>
          <p className="max-w-4xl">
            Public-domain sources: the U.S. Bureau of Labor Statistics (BLS) Occupational Employment and Wage
            Statistics (OEWS), Employment Projections and Current Population Survey (CPS); the 2018 Standard
            Occupational Classification (SOC 2018); and the National Center for Education Statistics Integrated
            Postsecondary Education Data System (NCES IPEDS).
          </p>
          <p>
            {/* Not prefetched: a plain navigation is plenty for a reference page. */}
            <Link href="/about/data" prefetch={false} className="font-medium text-accent underline hover:text-accent-strong">
              About the data
            </Link>{" "}
            — what each figure means, its year and its limits.
          </p>
        </div>
      </section>
    </footer>
  );
}
