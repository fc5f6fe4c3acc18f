/**
 * Provenance: every dataset the importer reads, in our words (no text from the datasets themselves), and the
 * datasets the site would use but could not obtain. The importer writes one Dataset row per entry of DATASETS
 * with the number of rows it produced; /about/data lists them together with NOT_OBTAINED.
 */
export type DatasetInfo = {
  key: string;
  name: string;
  publisher: string;
  release: string;
  licence: string;
  feeds: string;
  origin: string;
  notes?: string;
};

const PUBLIC_DOMAIN = "Public domain (U.S. federal government work)";
const ONET_LICENCE = "CC BY 4.0 — O*NET® is a trademark of USDOL/ETA";

export const DATASETS = [
  {
    key: "soc-2018",
    name: "Standard Occupational Classification 2018: structure, definitions and direct-match titles",
    publisher: "OMB / U.S. Bureau of Labor Statistics",
    release: "SOC 2018 (direct-match title file of November 2017)",
    licence: PUBLIC_DOMAIN,
    feeds: "occupation groups (major, minor, broad, detailed), group definitions, search synonyms",
    origin: "BLS workbooks copied from public GitHub repositories (coeifaria/BDP-LMA, davidcopley/Interest-Mapping-GloVe)",
  },
  {
    key: "onet-29.0",
    name: "O*NET 29.0 Database",
    publisher: "USDOL/ETA, National Center for O*NET Development",
    release: "29.0 (August 2024)",
    licence: ONET_LICENCE,
    feeds: "occupations and descriptions, alternate titles, skills, knowledge, work styles, work values, interests, technology skills, related occupations",
    origin: "Excel edition copied from a public GitHub repository (Allan-Ofula/SmartPath-Personalized-Career-Recommendation-Engine)",
    notes:
      "Abilities, Work Activities, Work Context and Task Ratings are not included (no copy could be obtained). About 880 of 1,016 occupations have skill and knowledge ratings; the others (mostly “All Other” groups and military codes) have a title and description only.",
  },
  {
    key: "onet-30.1",
    name: "O*NET 30.1 Database (selected tables)",
    publisher: "USDOL/ETA, National Center for O*NET Development",
    release: "30.1 (inferred; newest dates December 2025)",
    licence: ONET_LICENCE,
    feeds: "job zones, task statements, education, training and experience, reported job titles",
    origin: "tables copied from a public GitHub repository (yoyothesheep/ai-resilient-occupations-data); the release is inferred from the dates in the files",
    notes: "Used instead of the 29.0 tables of the same name; each table comes from one release only.",
  },
  {
    key: "bls-nem-crosswalk",
    name: "O*NET-SOC to National Employment Matrix crosswalk",
    publisher: "U.S. Bureau of Labor Statistics, Employment Projections",
    release: "as of 6 September 2023",
    licence: PUBLIC_DOMAIN,
    feeds: "the link from each O*NET occupation to the code under which BLS publishes its wages and projections",
    origin: "BLS workbook copied from a public GitHub repository (openai/GPTs-are-GPTs)",
    notes: "Military occupations (55-xxxx) are not covered by BLS wage or projection statistics.",
  },
  {
    key: "bls-oews-national",
    name: "Occupational Employment and Wage Statistics, national estimates",
    publisher: "U.S. Bureau of Labor Statistics",
    release: "May 2021 – May 2025",
    licence: PUBLIC_DOMAIN,
    feeds: "national employment and wages (mean, median, percentiles, hourly and annual) and pay over the years",
    origin: "BLS workbooks copied from a public GitHub repository (tobyam-netizen/employment-group-1-project)",
    notes: "Employment excludes the self-employed. Wages at or above $239,200 a year ($115.00 an hour) were top-coded until May 2024.",
  },
  {
    key: "bls-oews-state",
    name: "Occupational Employment and Wage Statistics, state estimates",
    publisher: "U.S. Bureau of Labor Statistics",
    release: "May 2025 (gaps filled from a reduced May 2023 file: means only)",
    licence: PUBLIC_DOMAIN,
    feeds: "pay and employment by state (50 states and DC)",
    origin: "compact per-state files built from the official May 2025 workbook by a public GitHub repository (cdailystyles/laborcompare); May 2023 from lucasweyrich958/DATA608",
    notes: "Detailed occupations only. Puerto Rico, Guam and the Virgin Islands are not included. No hourly percentiles.",
  },
  {
    key: "bls-oews-msa",
    name: "Occupational Employment and Wage Statistics, metropolitan areas (annual percentiles)",
    publisher: "U.S. Bureau of Labor Statistics",
    release: "May 2024",
    licence: PUBLIC_DOMAIN,
    feeds: "pay percentiles by metropolitan area (highest paying cities)",
    origin: "a derivative of the official MSA workbook from a public GitHub repository (woahhhhaa/reasonable-comp)",
    notes:
      "Annual percentiles only: no employment, mean or hourly wages. Nonmetropolitan areas are not included. The derivative merged “not available” and “top-coded” into one blank, so blanks are shown as not published.",
  },
  {
    key: "bls-oews-industry",
    name: "Occupational Employment and Wage Statistics, national industry (sector) estimates",
    publisher: "U.S. Bureau of Labor Statistics",
    release: "May 2024",
    licence: PUBLIC_DOMAIN,
    feeds: "pay and employment by industry sector (best paying industries)",
    origin: "BLS workbook copied from a public GitHub repository (victorsrosas/HireSight--Labor-Market-Dashboard)",
    notes: "NAICS sector level only; the 3- and 4-digit industry files could not be obtained.",
  },
  {
    key: "bls-ep",
    name: "Employment Projections",
    publisher: "U.S. Bureau of Labor Statistics",
    release: "2024–34",
    licence: PUBLIC_DOMAIN,
    feeds: "projected employment, growth, annual openings, typical entry education, experience and training",
    origin: "CSV export of the BLS projections table, copied from a public GitHub repository (yoyothesheep/ai-resilient-occupations-data)",
  },
  {
    key: "bls-ep-education",
    name: "Educational attainment for workers 25 years and older by detailed occupation (Table 5.3)",
    publisher: "U.S. Bureau of Labor Statistics (from the American Community Survey)",
    release: "2022–32 projections workbook (2019–21 ACS data)",
    licence: PUBLIC_DOMAIN,
    feeds: "the degree mix of people working in each occupation",
    origin: "BLS workbook copied from a public GitHub repository (openai/GPTs-are-GPTs)",
    notes: "One projection cycle older than the projections themselves.",
  },
  {
    key: "bls-cps",
    name: "Current Population Survey, employed persons by detailed occupation (Tables 11 and 11b)",
    publisher: "U.S. Bureau of Labor Statistics",
    release: "2022 annual averages (sex, race, ethnicity); 2025 annual averages (age)",
    licence: PUBLIC_DOMAIN,
    feeds: "demographics: women, White, Black, Asian, Hispanic or Latino; age bands and median age",
    origin: "BLS workbooks copied from public GitHub repositories (openai/GPTs-are-GPTs, yechansota/Skill-Distance-Explorer)",
    notes:
      "The tables name Census occupations, which are coarser than SOC; they are matched to SOC codes by title, and some titles match nothing. Figures for a base under 50,000 are not published. The 2025 averages cover 11 months (October 2025 was not collected).",
  },
  {
    key: "nces-cip-soc",
    name: "CIP 2020 to SOC 2018 crosswalk",
    publisher: "NCES and U.S. Bureau of Labor Statistics",
    release: "CIP 2020 / SOC 2018",
    licence: PUBLIC_DOMAIN,
    feeds: "related majors for each occupation, and through them the top colleges",
    origin: "workbook copied from a public GitHub repository (nfapu-dot/ipeds-labor-tool)",
  },
  {
    key: "nces-ipeds",
    name: "IPEDS Completions (first majors) and Institutional Characteristics (directory)",
    publisher: "NCES, Integrated Postsecondary Education Data System",
    release: "academic years 2021-22 to 2023-24",
    licence: PUBLIC_DOMAIN,
    feeds: "top colleges for each occupation: the institutions that award the most degrees in its related majors",
    origin: "processed completions files and the raw directory files from a public GitHub repository (nfapu-dot/ipeds-labor-tool)",
    notes: "First majors only; second majors and the race and ethnicity breakdowns were not in the copy. Whether these are the provisional or the revised IPEDS files is not documented.",
  },
  {
    key: "sp500",
    name: "S&P 500 companies",
    publisher: "Open Knowledge Foundation (datahub.io), from Wikipedia’s list of S&P 500 companies",
    release: "constituents list updated August 2026",
    licence: "ODC-PDDL-1.0",
    feeds: "companies: name, sector, sub-industry, headquarters, year founded",
    origin: "datahub.io dataset datasets/s-and-p-500-companies",
    notes: "No employee or revenue figures. Share classes of one company are shown as one company.",
  },
] as const satisfies readonly DatasetInfo[];

export type DatasetKey = (typeof DATASETS)[number]["key"];

/** Data the site would show but that could not be obtained, and why. */
export const NOT_OBTAINED: readonly { what: string; why: string }[] = [
  { what: "O*NET Abilities, Work Activities, Work Context and Task Ratings", why: "Every copy found was too large for the repository snapshots the data came from." },
  { what: "OEWS employment, mean and hourly wages for metropolitan areas, and nonmetropolitan areas", why: "Only a percentile-only derivative of the official metropolitan workbook was available." },
  { what: "OEWS wages by detailed industry (3- and 4-digit NAICS)", why: "The official files were too large for the snapshots; sector-level figures are shown instead." },
  { what: "Employer-level pay (H-1B Labor Condition Application disclosures)", why: "Every copy found was too large, so “best paying companies” cannot be computed." },
  { what: "Company size and revenue (e.g. the Fortune 500)", why: "That list is a copyrighted compilation without an open licence." },
  { what: "Census occupation to SOC crosswalk", why: "Not obtained; CPS demographics are matched to occupations by title instead." },
];
