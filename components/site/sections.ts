/** The sections of the site, in navigation order. Header, footer, home page and placeholders all read this list. */
export type Section = {
  href: string;
  label: string;
  /** One sentence on what the section does, shown on cards. */
  blurb: string;
};

export const sections = {
  jobs: {
    href: "/jobs",
    label: "Explore jobs",
    blurb: "Browse job postings by career, place and pay, each linked to the occupation behind it.",
  },
  search: {
    href: "/search",
    label: "Find specific jobs",
    blurb: "Type any job title and land on the occupation it belongs to, with its pay and outlook.",
  },
  careers: {
    href: "/careers",
    label: "Explore careers",
    blurb: "Pay, growth, education and who does the work, for every U.S. occupation.",
  },
  professions: {
    href: "/professions",
    label: "Explore professions",
    blurb: "An A–Z index of job titles and the standard occupational groups they belong to.",
  },
  bestCompanies: {
    href: "/companies/best",
    label: "Best companies",
    blurb: "Ranked lists of employers, with the measure behind every ranking shown.",
  },
  companies: {
    href: "/companies",
    label: "Explore companies",
    blurb: "Employer profiles: sector, industry, headquarters and open positions.",
  },
  compare: {
    href: "/compare",
    label: "Compare",
    blurb: "Put two to four careers side by side: pay, growth, training and the work itself.",
  },
} satisfies Record<string, Section>;

export type SectionKey = keyof typeof sections;

/** Sections reached by a plain link in the main navigation ("Find specific jobs" is the search box). */
export const navSections: Section[] = [
  sections.jobs,
  sections.careers,
  sections.professions,
  sections.bestCompanies,
  sections.companies,
  sections.compare,
];

export const accountLinks = {
  signIn: { href: "/signin", label: "Sign in" },
  signUp: { href: "/signup", label: "Create an account" },
  saved: { href: "/saved", label: "Saved comparisons" },
  account: { href: "/account", label: "Account settings" },
};

/** Every link target that can be the "current" one in navigation; the longest match wins. */
export const navTargets: string[] = [
  ...Object.values(sections).map((s) => s.href),
  ...Object.values(accountLinks).map((l) => l.href),
];
