/** Every section route, with the heading it must show. `name` names its screenshot. */
export const routes = [
  { name: "home", path: "/", heading: "See what a career really looks like" },
  { name: "search", path: "/search?q=registered+nurse", heading: "Find specific jobs" },
  { name: "careers", path: "/careers", heading: "Explore careers" },
  { name: "career", path: "/careers/registered-nurses", heading: "Registered Nurses" },
  { name: "career-pay", path: "/careers/registered-nurses/pay", heading: "Registered Nurses: pay by state, metro area and industry" },
  { name: "professions", path: "/professions", heading: "Explore professions" },
  {
    name: "profession-group",
    path: "/professions/healthcare-practitioners-and-technical",
    heading: "Healthcare Practitioners and Technical Occupations",
  },
  { name: "compare", path: "/compare", heading: "Compare careers" },
  { name: "comparison", path: "/compare/registered-nurses-vs-paramedics", heading: "Registered Nurses vs Paramedics" },
  { name: "companies", path: "/companies", heading: "Explore companies" },
  { name: "best-companies", path: "/companies/best", heading: "Best companies" },
  { name: "company", path: "/companies/ge-aerospace", heading: "GE Aerospace" },
  { name: "jobs", path: "/jobs", heading: "Explore jobs" },
  // sample postings have stable ids; sample-0001 is the first one `npm start` adds to a new install
  { name: "job", path: "/jobs/sample-0001", heading: "Computer-Aided Design Designer" },
  { name: "signin", path: "/signin", heading: "Sign in" },
  { name: "signup", path: "/signup", heading: "Create an account" },
  { name: "saved", path: "/saved", heading: "Saved comparisons" },
  { name: "saved-comparison", path: "/saved/abc123", heading: "Saved comparison" },
  { name: "admin", path: "/admin", heading: "Administration" },
] as const;

/** What the main navigation must offer on every page. */
export const sectionLinks = [
  { name: "Explore jobs", href: "/jobs" },
  { name: "Explore careers", href: "/careers" },
  { name: "Explore professions", href: "/professions" },
  { name: "Best companies", href: "/companies/best" },
  { name: "Explore companies", href: "/companies" },
  { name: "Compare", href: "/compare" },
  { name: "Sign in", href: "/signin" },
] as const;

export const onetAttribution =
  "This site incorporates information from the O*NET 29.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.";
