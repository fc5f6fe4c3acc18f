/**
 * Title understanding: turns a job title as people write it ("Sr. Desktop Support Tech II") into canonical
 * tokens ("desktop", "support", "technician"), the same way for the query and for the indexed titles, so that
 * matching is a comparison of canonical tokens.
 *
 * Steps: fold accents, case and punctuation; rewrite a few phrases ("entry level", "full time"); expand
 * abbreviations (tech → technician, rn → registered nurse); fold plurals and word families
 * (administrator / administrative / admin → admin); mark level words (senior, jr, ii, 3…) and posting noise
 * (remote, part time) as optional, and drop filler words (and, of, the).
 */

/** A token's role in a title. "content" tokens decide the occupation; "level" tokens do not. */
export type TokenRole = "content" | "level";

/** `word` is the written word the term came from (after folding), used to complete a partly typed last word. */
export type Token = { term: string; role: TokenRole; word: string };

/** Lower case, accents folded, "&" → "and", everything but letters, digits, "+" and "#" becomes a space. */
export function foldText(text: string): string {
  return text
    .replace(/\bOR\b/g, " operating room ") // "OR Nurse": upper-case OR is the operating room, not "or"
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]s\b/g, "") // possessive: "children's" → "children"
    .replace(/['’`]/g, "") // "o'brien" → "obrien"
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, "$1") // "u.s." → "us."
    .replace(/\.(?=\s|$)/g, "") // "Sr." → "sr"
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9+#]+/g, " ")
    .trim();
}

/**
 * Level and seniority words: they say how senior the job is, not which occupation it is. "Chief" is not one
 * of them (Chief Executives is an occupation of its own).
 */
export const LEVEL_WORDS: ReadonlySet<string> = new Set([
  "senior", "sr", "snr", "junior", "jr", "jnr", "lead", "principal", "staff", "entry_level",
  "mid", "midlevel", "experienced", "level", "grade", "i", "ii", "iii", "iv", "v", "vi",
  "1", "2", "3", "4", "5", "6",
  // posting noise: schedule, place and contract words
  "remote", "hybrid", "onsite", "full_time", "part_time", "prn", "per_diem", "temporary", "temp",
  "seasonal", "nights", "weekend", "weekends", "evenings", "overnight",
]);

/** Filler words that carry no meaning in a title. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  "and", "or", "of", "the", "a", "an", "in", "for", "to", "with", "at", "on", "by", "all", "other", "except",
  "w", "job", "jobs", "position", "opening", "needed", "wanted", "hiring", "urgently",
]);

/** Phrases rewritten before splitting into words. */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bentry\s+level\b/g, "entry_level"],
  [/\bfull\s+time\b/g, "full_time"],
  [/\bpart\s+time\b/g, "part_time"],
  [/\bper\s+diem\b/g, "per_diem"],
  [/\bnew\s+grad(uate)?\b/g, "new grad"],
  [/\bc\s*\+\s*\+/g, "c++"],
  [/\bc\s*#/g, "c#"],
  [/\bvice\s+president\b/g, "vp"],
  [/\be\s+commerce\b/g, "ecommerce"],
  [/\bfront\s+end\b/g, "frontend"],
  [/\bback\s+end\b/g, "backend"],
  [/\bfull\s+stack\b/g, "fullstack"],
  [/\bhuman\s+resources?\b/g, "hr"],
  [/\bcustomer\s+service\b/g, "customer service"],
  [/\bheating\s+ventilation\s+(and\s+)?air\s+conditioning\b/g, "hvac"],
];

/** A quick test for any word that starts one of the phrases above (most titles have none). */
const PHRASE_HINT = /\b(entry|full|part|per|new|c|vice|e|front|back|human|customer|heating)\b/;

/**
 * Abbreviations as people write them → the words they stand for. Applied to queries and titles alike, so
 * "Tech" in an O*NET title and "Technician" in a query meet.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["tech", "technician"],
  ["techs", "technician"],
  ["technican", "technician"],
  ["mgr", "manager"],
  ["mngr", "manager"],
  ["mgmt", "management"],
  ["asst", "assistant"],
  ["assist", "assistant"],
  ["assoc", "associate"],
  ["eng", "engineer"],
  ["engr", "engineer"],
  ["engineering", "engineer"],
  ["rep", "representative"],
  ["reps", "representative"],
  ["coord", "coordinator"],
  ["coordinater", "coordinator"],
  ["spec", "specialist"],
  ["spclst", "specialist"],
  ["dev", "developer"],
  ["devs", "developer"],
  ["swe", "software engineer"],
  ["sde", "software developer"],
  ["rn", "registered nurse"],
  ["lpn", "licensed practical nurse"],
  ["lvn", "licensed vocational nurse"],
  ["cna", "certified nursing assistant"],
  ["np", "nurse practitioner"],
  ["pa", "physician assistant"],
  ["cpa", "certified public accountant"],
  ["acct", "accountant"],
  ["accts", "accountant"],
  ["accounting", "accountant"],
  ["svc", "service"],
  ["svcs", "service"],
  ["srvc", "service"],
  ["sys", "system"],
  ["ops", "operations"],
  ["op", "operator"],
  ["oper", "operator"],
  ["operation", "operations"],
  ["admin", "admin"],
  ["administrator", "admin"],
  ["administrative", "admin"],
  ["administration", "admin"],
  ["adm", "admin"],
  ["exec", "executive"],
  ["dir", "director"],
  ["supv", "supervisor"],
  ["supvr", "supervisor"],
  ["sup", "supervisor"],
  ["supt", "superintendent"],
  ["maint", "maintenance"],
  ["mech", "mechanic"],
  ["elec", "electrician"],
  ["mfg", "manufacturing"],
  ["prod", "production"],
  ["qa", "quality assurance"],
  ["qc", "quality control"],
  ["hr", "human resource"],
  ["csr", "customer service representative"],
  ["cdl", "truck driver"],
  ["emt", "emergency medical technician"],
  ["lcsw", "licensed clinical social worker"],
  ["cnc", "cnc"],
  ["dba", "database admin"],
  ["db", "database"],
  ["sw", "software"],
  ["mkt", "marketing"],
  ["mktg", "marketing"],
  ["fin", "financial"],
  ["finance", "financial"],
  ["med", "medical"],
  ["pharm", "pharmacy"],
  ["hygenist", "hygienist"],
  ["cust", "customer"],
  ["ui", "user interface"],
  ["ux", "user experience"],
  ["vp", "vice president"],
  ["ceo", "chief executive"],
  ["cfo", "chief financial officer"],
  ["cto", "chief technology officer"],
  ["coo", "chief operating officer"],
  ["cio", "chief information officer"],
  ["pm", "project manager"],
  ["ba", "business analyst"],
  ["gen", "general"],
  ["govt", "government"],
  ["gov", "government"],
  ["dept", "department"],
  ["info", "information"],
  ["intl", "international"],
  ["natl", "national"],
  ["ofc", "office"],
  ["ot", "occupational therapist"],
  ["slp", "speech language pathologist"],
  ["cma", "certified medical assistant"],
  ["stna", "state tested nursing assistant"],
  ["hha", "home health aide"],
  ["rt", "respiratory therapist"],
  ["rrt", "registered respiratory therapist"],
  ["crna", "certified registered nurse anesthetist"],
  ["aprn", "advanced practice registered nurse"],
  ["ekg", "ekg"],
  ["ecg", "ekg"],
  ["electrocardiograph", "ekg"],
  ["electrocardiogram", "ekg"],
  ["para", "paraprofessional"],
  ["paralegal", "paralegal"],
  ["it", "information technology"],
  ["hvacr", "hvac"],
  ["k12", "k 12"],
  ["teacher", "teacher"],
  ["teaching", "teacher"],
  ["nursing", "nurse"],
  ["driving", "driver"],
]);

/** Irregular word families that a suffix rule would not fold. */
const FAMILIES: ReadonlyMap<string, string> = new Map([
  ["women", "woman"],
  ["men", "man"],
  ["children", "child"],
  ["people", "person"],
  ["personnel", "person"],
  ["analyses", "analysis"],
  ["bases", "base"],
  ["diagnoses", "diagnosis"],
  ["aids", "aide"],
  ["aid", "aide"],
  ["clerical", "clerk"],
  ["counselling", "counseling"],
  ["counsellor", "counselor"],
  ["labourer", "laborer"],
  ["labour", "labor"],
  ["centre", "center"],
  ["programme", "program"],
  ["organisation", "organization"],
  ["colour", "color"],
  ["jewellery", "jewelry"],
]);

/** Words ending in "s" that are not plurals. */
const NOT_PLURAL: ReadonlySet<string> = new Set([
  "sales", "news", "series", "species", "physics", "economics", "mathematics", "statistics", "logistics",
  "electronics", "analytics", "robotics", "athletics", "aeronautics", "avionics", "pediatrics", "orthotics",
  "prosthetics", "optics", "genetics", "linguistics", "ethics", "graphics", "hydraulics",
  "pneumatics", "cosmetics", "biostatistics", "economics", "bus", "gas", "lens", "bias", "chassis", "canvas",
  "glass", "press", "process", "address", "business", "class", "grass", "brass", "boss", "cross", "mass",
  "pass", "stress", "access", "success", "express", "fitness", "wellness", "ps", "us", "has", "this", "its",
  "his", "plus", "campus", "census", "virus", "status", "apparatus", "corpus", "bonus", "surplus", "focus",
  "atlas", "alias", "axis", "basis", "thesis", "analysis", "diagnosis", "dialysis", "tennis", "crisis",
  "hospice", "mrs", "ms", "dos", "aws", "sas", "os", "ios", "cms", "mls", "mrs", "hms", "gis", "gps", "ems",
  "pos", "sds", "ats", "cos", "kids", "mens", "womens", "goods", "works", "arts", "sports", "operations",
  "relations", "communications", "affairs", "means", "lines", "grounds", "claims", "customs", "arms",
  "earnings", "savings", "lodgings", "surroundings", "premises", "headquarters", "christmas", "texas",
  "kansas", "arkansas", "illinois", "always", "perhaps", "besides", "thus", "yes", "ls", "dds", "mds",
]);

/** Folds a plural or verb form to its singular: "nurses" → "nurse", "secretaries" → "secretary". */
export function singular(word: string): string {
  if (word.length <= 3 || NOT_PLURAL.has(word) || /\d/.test(word)) return word;
  const family = FAMILIES.get(word);
  if (family) return family;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|ss|zz)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/** One word in canonical form (plural folded, family folded). Abbreviations are handled by `tokenize`. */
export function canonicalWord(word: string): string {
  const family = FAMILIES.get(word);
  if (family) return family;
  return singular(word);
}

/** Splits folded text into words, with phrase rewrites applied. */
export function words(text: string): string[] {
  let folded = foldText(text);
  if (PHRASE_HINT.test(folded)) for (const [pattern, replacement] of PHRASES) folded = folded.replace(pattern, replacement);
  return folded.split(/\s+/).filter(Boolean);
}

/** Expands one word through the abbreviation list, then folds each resulting word to its canonical form. */
function expand(word: string): string[] {
  const direct = ABBREVIATIONS.get(word);
  if (direct !== undefined) return direct.split(" ").flatMap(expandOnce);
  const single = canonicalWord(word);
  const viaSingular = single !== word ? ABBREVIATIONS.get(single) : undefined;
  if (viaSingular !== undefined) return viaSingular.split(" ").flatMap(expandOnce);
  return [single];
}

/** A word of an expansion, folded the way a written word is ("certified nursing assistant" → nurse), once. */
function expandOnce(word: string): string[] {
  const again = ABBREVIATIONS.get(word) ?? ABBREVIATIONS.get(canonicalWord(word));
  return again !== undefined && !again.includes(" ") ? [canonicalWord(again)] : [canonicalWord(word)];
}

/**
 * Canonical tokens of a title, in order, each marked content or level. Filler words are dropped; repeated
 * tokens are kept once (the first time).
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const seen = new Set<string>();
  for (const word of words(text)) {
    if (STOP_WORDS.has(word)) continue;
    if (LEVEL_WORDS.has(word)) {
      if (!seen.has(word)) {
        seen.add(word);
        out.push({ term: word, role: "level", word });
      }
      continue;
    }
    for (const term of expand(word)) {
      if (!term || STOP_WORDS.has(term) || seen.has(term)) continue;
      seen.add(term);
      out.push({ term, role: LEVEL_WORDS.has(term) ? "level" : "content", word });
    }
  }
  return out;
}

/** The canonical content tokens only: what decides the occupation. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.role === "content")
    .map((t) => t.term);
}

/**
 * The variants of a stored title worth matching: the title without its parenthetical remarks, each
 * parenthetical on its own ("Desktop Support Technician (Desktop Support Tech)"), and the whole text.
 */
export function titleVariants(title: string): string[] {
  const out = new Set<string>();
  const outside = title.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
  if (outside) out.add(outside);
  for (const match of title.matchAll(/\(([^)]*)\)/g)) {
    const inner = match[1].trim();
    if (inner) out.add(inner);
  }
  out.add(title.replace(/[()]/g, " ").replace(/\s+/g, " ").trim());
  return [...out].filter(Boolean);
}
