import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { configuredOrigin } from "@/lib/site-origin";
import "./globals.css";

const origin = configuredOrigin();

export const metadata: Metadata = {
  // absolute URLs in metadata come from the configured origin, never from a request: pages are cached and shared
  ...(origin ? { metadataBase: new URL(origin) } : {}),
  title: {
    default: "Careerlens — see what a career really looks like",
    template: "%s · Careerlens",
  },
  description:
    "Pay, growth, education and the people who do the work, for every U.S. occupation, from public BLS, O*NET and SOC statistics.",
  applicationName: "Careerlens",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#151d1c" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:px-4 focus:py-2 focus:shadow-lg"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
