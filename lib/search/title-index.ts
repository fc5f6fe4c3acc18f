/**
 * The in-memory title index: every occupation title and every alternate, short, reported and direct-match title,
 * broken into canonical tokens (see ./normalize), with postings from token to title. A query is scored against
 * the titles that share a token with it, then grouped by occupation (one result each, best matched title shown).
 *
 * Scoring, per title variant:
 *   query coverage  qc = matched query weight / query weight   (idf weights; level words weigh little)
 *   title coverage  tc = matched title weight / title weight   (how much of the title the query explains)
 *   score = qc · (0.55 + 0.45 · tc) + exact-match bonus + a small bonus for representative titles (rank)
 *           + a small prior for occupations that employ more people (a tie-breaker between equal matches)
 * A word matched through a typo counts 0.8, a completed last word 0.9. An occupation also gains a little for
 * each further title that covers the whole query (evidence that the words mean this occupation).
 */
import { titleVariants, tokenize, type Token } from "./normalize";
import { PackedLists, PackedStrings } from "./packed";

export type TitleKind = "OCCUPATION" | "ALTERNATE" | "SHORT" | "REPORTED" | "DIRECT_MATCH";

export type IndexOccupation = {
  onetCode: string;
  socCode: string;
  title: string;
  slug: string;
  /** National employment (OEWS), when published: among equally good matches the larger occupation comes first. */
  employment?: number | null;
};
export type IndexTitle = { title: string; kind: TitleKind; rank: number; onetCode: string };

export type SearchResult = {
  slug: string;
  title: string;
  socCode: string;
  onetCode: string;
  matchedTitle: string;
  score: number;
};

export type SearchOptions = {
  limit?: number;
  /** Complete the last word as a prefix (typeahead). Default true. */
  prefix?: boolean;
};

const LEVEL_WEIGHT = 0.5;
const TYPO_FACTOR = 0.8;
const PREFIX_FACTOR = 0.9;
const MAX_PREFIX_TERMS = 40;
const MIN_TYPO_LENGTH = 5;

type Alt = { term: number; factor: number };

export class TitleIndex {
  readonly occupations: IndexOccupation[];
  readonly titleCount: number;
  readonly variantCount: number;

  // per title, stored compactly (./packed): 74k titles as one string, numbers in typed arrays
  private readonly titleText: PackedStrings;
  private readonly titleOcc: Int32Array;
  private readonly titleRank: Int32Array;
  /** Per occupation: a small prior for larger occupations and for the generic ".00" occupation of a SOC code. */
  private readonly occBonus: Float64Array;
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly idf: Float64Array;
  /** Per term, the variants carrying it as a content word / as a level word, packed in one array each. */
  private readonly contentPostings: PackedLists;
  private readonly levelPostings: PackedLists;
  private readonly isContentTerm: Uint8Array;
  /** Content terms sorted alphabetically, for prefix completion. */
  private readonly sortedTerms: string[];
  /** Content terms by length, for typo correction. */
  private readonly termsByLength: PackedLists;
  private readonly df: Int32Array;

  // per variant
  private readonly variantTitle: Int32Array;
  private readonly variantWeight: Float64Array;
  private readonly variantFirstTerm: Int32Array;
  private readonly variantTermCount: Int32Array;

  // scratch space for queries (one query at a time: JavaScript is single-threaded and search is synchronous)
  private readonly accQuery: Float64Array;
  private readonly accTitle: Float64Array;
  private readonly accLevel: Float64Array;
  private readonly accCount: Int32Array;
  private readonly stamp: Int32Array;
  private stampCounter = 0;

  constructor(occupations: IndexOccupation[], titles: IndexTitle[]) {
    this.occupations = occupations;
    const occIndex = new Map(occupations.map((o, i) => [o.onetCode, i]));
    // 0 for 1,000 workers or fewer (or unknown), 0.04 for 10 million
    this.occBonus = Float64Array.from(
      occupations,
      (o) =>
        (o.employment && o.employment > 1000 ? (0.04 * Math.min(4, Math.log10(o.employment) - 3)) / 4 : 0) +
        (o.onetCode.endsWith(".00") ? 0.005 : 0),
    );

    const variantTitle: number[] = [];
    const variantTokens: Token[][] = [];
    const contentLists: number[][] = [];
    const levelLists: number[][] = [];
    const dfList: number[] = [];
    const isContent: number[] = [];
    const seenVariant = new Set<string>();
    const titleText: string[] = [];
    const titleOcc: number[] = [];
    const titleRank: number[] = [];

    const termId = (term: string): number => {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.termIds.set(term, id);
        this.terms.push(term);
        contentLists.push([]);
        levelLists.push([]);
        dfList.push(0);
        isContent.push(0);
      }
      return id;
    };

    for (const t of titles) {
      const occ = occIndex.get(t.onetCode);
      if (occ === undefined) continue;
      const titleNo = titleText.length;
      titleText.push(t.title);
      titleOcc.push(occ);
      titleRank.push(t.rank);
      for (const variant of titleVariants(t.title)) {
        const tokens = tokenize(variant);
        if (!tokens.some((tok) => tok.role === "content")) continue;
        const key = `${titleNo}|${tokens.map((tok) => tok.term).join(" ")}`;
        if (seenVariant.has(key)) continue;
        seenVariant.add(key);
        const v = variantTitle.length;
        variantTitle.push(titleNo);
        variantTokens.push(tokens);
        for (const tok of tokens) {
          const id = termId(tok.term);
          if (tok.role === "content") {
            contentLists[id].push(v);
            isContent[id] = 1;
          } else levelLists[id].push(v);
        }
      }
    }
    // document frequency counts titles, not variants
    for (let id = 0; id < this.terms.length; id++) {
      const seenTitles = new Set<number>();
      for (const v of contentLists[id]) seenTitles.add(variantTitle[v]);
      for (const v of levelLists[id]) seenTitles.add(variantTitle[v]);
      dfList[id] = seenTitles.size;
    }

    this.titleText = new PackedStrings(titleText);
    this.titleOcc = Int32Array.from(titleOcc);
    this.titleRank = Int32Array.from(titleRank);
    this.titleCount = titleText.length;
    this.variantCount = variantTitle.length;
    this.df = Int32Array.from(dfList);
    this.idf = new Float64Array(this.terms.length);
    for (let id = 0; id < this.terms.length; id++) this.idf[id] = Math.log(1 + this.titleCount / Math.max(1, dfList[id]));
    this.contentPostings = new PackedLists(contentLists);
    this.levelPostings = new PackedLists(levelLists);
    this.isContentTerm = Uint8Array.from(isContent);
    this.sortedTerms = this.terms.filter((_, id) => isContent[id]).sort();
    const byLength: number[][] = [];
    for (let id = 0; id < this.terms.length; id++) {
      if (!isContent[id]) continue;
      const len = this.terms[id].length;
      for (let l = byLength.length; l <= len; l++) byLength.push([]);
      byLength[len].push(id);
    }
    this.termsByLength = new PackedLists(byLength);

    const n = this.variantCount;
    this.variantTitle = Int32Array.from(variantTitle);
    this.variantWeight = new Float64Array(n);
    this.variantFirstTerm = new Int32Array(n);
    this.variantTermCount = new Int32Array(n);
    for (let v = 0; v < n; v++) {
      let weight = 0;
      let count = 0;
      let first = -1;
      for (const tok of variantTokens[v]) {
        if (tok.role !== "content") continue;
        const id = this.termIds.get(tok.term)!;
        weight += this.idf[id];
        count++;
        if (first < 0) first = id;
      }
      this.variantWeight[v] = weight;
      this.variantFirstTerm[v] = first;
      this.variantTermCount[v] = count;
    }
    this.accQuery = new Float64Array(n);
    this.accTitle = new Float64Array(n);
    this.accLevel = new Float64Array(n);
    this.accCount = new Int32Array(n);
    this.stamp = new Int32Array(n);
  }

  /** Is this canonical term in the title vocabulary? */
  hasTerm(term: string): boolean {
    return this.termIds.has(term);
  }

  /** Vocabulary terms within one edit (insert, delete, substitute, swap) of `term`, for words of 5+ letters. */
  typoCandidates(term: string): string[] {
    if (term.length < MIN_TYPO_LENGTH || /\d/.test(term)) return [];
    const out: string[] = [];
    for (let len = term.length - 1; len <= term.length + 1; len++) {
      if (len >= this.termsByLength.length) continue;
      for (const id of this.termsByLength.list(len)) {
        const candidate = this.terms[id];
        if (candidate !== term && withinOneEdit(term, candidate)) out.push(candidate);
      }
    }
    return out;
  }

  /** Content terms starting with `prefix`, the most frequent first, at most `max`. */
  completions(prefix: string, max = MAX_PREFIX_TERMS): string[] {
    if (!prefix) return [];
    let lo = 0;
    let hi = this.sortedTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedTerms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.sortedTerms.length && this.sortedTerms[i].startsWith(prefix); i++) found.push(this.sortedTerms[i]);
    if (found.length <= max) return found;
    return found.sort((a, b) => this.df[this.termIds.get(b)!] - this.df[this.termIds.get(a)!]).slice(0, max);
  }

  /** The occupations a title may mean, best first, each with the title that matched best. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
    const usePrefix = options.prefix ?? true;
    const tokens = tokenize(query);
    if (tokens.length === 0) return [];
    const groups = this.queryGroups(tokens, usePrefix && !/\s$/.test(query));
    const contentGroups = groups.filter((g) => !g.level);
    const levelGroups = groups.filter((g) => g.level);
    const queryWeight = contentGroups.reduce((sum, g) => sum + g.weight, 0);
    if (queryWeight === 0) return [];

    // accumulate coverage over the titles sharing a word with the query
    const touched: number[] = [];
    const { accQuery: accQ, accTitle: accT, accLevel: accL, accCount: accN, stamp } = this;
    const firstStamp = this.stampCounter + 1;
    // whole words first: they make the candidates; a word being typed, when there are others, and level words
    // then only add to the titles already found (fast, and a title matching only those would rank low anyway)
    const ordered = [...contentGroups.filter((g) => !g.extendOnly), ...contentGroups.filter((g) => g.extendOnly), ...levelGroups];
    for (const group of ordered) {
      const s = ++this.stampCounter;
      const makesCandidates = !group.level && !group.extendOnly;
      for (const alt of group.alts) {
        const postings = group.postings === "level" ? this.levelPostings.list(alt.term) : this.contentPostings.list(alt.term);
        const titleGain = group.level ? 0 : this.idf[alt.term] * alt.factor;
        const queryGain = group.weight * alt.factor;
        for (let k = 0; k < postings.length; k++) {
          const v = postings[k];
          const st = stamp[v];
          if (st === s) continue; // this query word already matched this title through a better alternative
          if (st < firstStamp) {
            if (!makesCandidates) continue;
            accQ[v] = 0;
            accT[v] = 0;
            accL[v] = 0;
            accN[v] = 0;
            touched.push(v);
          }
          stamp[v] = s;
          if (group.level) {
            accL[v] += 1 / levelGroups.length;
          } else {
            accQ[v] += queryGain;
            accT[v] += titleGain;
            accN[v] += 1;
          }
        }
      }
    }

    // best variant per occupation, and how many of its titles carry every word of the query
    const occCount = this.occupations.length;
    const bestScore = new Float64Array(occCount).fill(-1);
    const bestTitle = new Int32Array(occCount);
    const strong = new Int32Array(occCount);
    const lastStrong = new Int32Array(occCount).fill(-1);
    const firstTerm = this.termIds.get(tokens.find((t) => t.role === "content")?.term ?? "") ?? -2;
    for (const v of touched) {
      const qc = accQ[v] / queryWeight;
      const tc = this.variantWeight[v] > 0 ? Math.min(1, accT[v] / this.variantWeight[v]) : 0;
      const titleNo = this.variantTitle[v];
      const occ = this.titleOcc[titleNo];
      const whole = accN[v] === contentGroups.length;
      let score = qc * (0.55 + 0.45 * tc);
      if (whole && tc >= 0.999) score += 0.1 * qc; // the title says exactly what the query says
      score += 0.04 * accL[v]; // the title also carries the query's level words ("Lead Technician")
      if (this.variantFirstTerm[v] === firstTerm) score += 0.02;
      score += (0.08 * Math.min(this.titleRank[titleNo], 100)) / 100;
      score += this.occBonus[occ];
      if (score > bestScore[occ]) {
        bestScore[occ] = score;
        bestTitle[occ] = titleNo;
      }
      if (whole && lastStrong[occ] !== titleNo) {
        lastStrong[occ] = titleNo;
        strong[occ]++;
      }
    }
    const ranked: { occ: number; score: number }[] = [];
    for (let occ = 0; occ < occCount; occ++) {
      if (bestScore[occ] < 0) continue;
      // evidence: more titles of this occupation carry every word of the query
      ranked.push({ occ, score: bestScore[occ] + Math.min(0.15, 0.03 * Math.log(1 + strong[occ])) });
    }
    ranked.sort((a, b) => b.score - a.score || this.occupations[a.occ].title.localeCompare(this.occupations[b.occ].title));
    const floor = Math.max(0.2, (ranked[0]?.score ?? 0) * 0.4);
    return ranked
      .filter((r) => r.score >= floor)
      .slice(0, limit)
      .map((r) => {
        const o = this.occupations[r.occ];
        return {
          slug: o.slug,
          title: o.title,
          socCode: o.socCode,
          onetCode: o.onetCode,
          matchedTitle: this.titleText.get(bestTitle[r.occ]),
          score: Math.round(r.score * 1000) / 1000,
        };
      });
  }

  /** Each query word with the index terms it may stand for: itself, completions of a word being typed, typo fixes. */
  private queryGroups(tokens: Token[], completeLast: boolean): QueryGroup[] {
    // a query of level words only ("lead", "principal") looks for them as words, wherever they appear
    if (!tokens.some((t) => t.role === "content")) {
      return tokens.map((tok) => {
        const id = this.termIds.get(tok.term);
        return {
          alts: id === undefined ? [] : [{ term: id, factor: 1 }],
          weight: 1,
          level: false,
          extendOnly: false,
          postings: id !== undefined && this.isContentTerm[id] ? "content" : "level",
        };
      });
    }
    const hasOtherWords = tokens.filter((t) => t.role === "content").length > 1;
    return tokens.map((tok, i): QueryGroup => {
      const id = this.termIds.get(tok.term);
      if (tok.role === "level") {
        const alts = id === undefined ? [] : [{ term: id, factor: 1 }];
        return { alts, weight: LEVEL_WEIGHT, level: true, extendOnly: false, postings: "level" };
      }
      const alts: Alt[] = [];
      const seen = new Set<number>();
      const add = (term: string, factor: number) => {
        const t = this.termIds.get(term);
        if (t === undefined || seen.has(t) || !this.isContentTerm[t]) return;
        seen.add(t);
        alts.push({ term: t, factor });
      };
      if (id !== undefined) add(tok.term, 1);
      const completing = completeLast && i === tokens.length - 1;
      if (completing) {
        // a completion found in many titles is the likelier one ("regis" → "registered" before "registrar")
        const completions = [...this.completions(tok.word), ...(tok.term !== tok.word ? this.completions(tok.term) : [])];
        const maxDf = Math.max(1, ...completions.map((c) => this.df[this.termIds.get(c)!]));
        for (const c of completions) add(c, PREFIX_FACTOR - 0.15 + 0.15 * Math.sqrt(this.df[this.termIds.get(c)!] / maxDf));
      }
      if (id === undefined || !this.isContentTerm[id]) for (const c of this.typoCandidates(tok.term)) add(c, TYPO_FACTOR);
      alts.sort((a, b) => b.factor - a.factor);
      // weight: how telling the word is; an unknown word weighs like a rare one
      const weight =
        id !== undefined ? this.idf[id] : alts.length ? Math.max(...alts.map((a) => this.idf[a.term])) : Math.log(1 + this.titleCount);
      return { alts, weight, level: false, extendOnly: completing && hasOtherWords && alts.length > 1, postings: "content" };
    });
  }
}

type QueryGroup = {
  alts: Alt[];
  weight: number;
  /** A level word: adds a small bonus to titles found by the other words. */
  level: boolean;
  /** A word being typed among others: its completions only add to titles the other words found. */
  extendOnly: boolean;
  postings: "content" | "level";
};

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
