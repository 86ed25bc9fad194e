/**
 * Deterministic synthetic newsroom for the benchmark: N published entries whose
 * text is recombined from the real French and English demo content, so that pages
 * have realistic sizes and search has real words to find.
 *
 * Everything derives from a pair number and a fixed seed: the same N gives the same
 * archive on every run, and entries can be generated twice (once for the entries
 * table, once for their revisions) without holding 400 MB in memory.
 */
import { demoPairs, demoTopics } from "@/lib/seed/demo-content";
import { slugify } from "@/lib/entries/slug";
import type { Locale, Verdict } from "@/db/schema";

export const BENCH_LOCALES: readonly Locale[] = ["fr", "en"];
export const BODY_MIN_CHARS = 2_000;
export const BODY_MAX_CHARS = 6_000;
export const SOURCES_PER_ENTRY = 3;
/** Share of entries republished with a correction (a second revision and a public note). */
export const CORRECTED_SHARE = 0.05;
/** Published dates are spread over this many years before "now". */
export const YEARS_OF_ARCHIVE = 6;

const DAY_MS = 24 * 60 * 60 * 1000;

/* ------------------------------- random ------------------------------ */

/** mulberry32: tiny, fast, good enough to pick words; seeded so the archive is reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/* ------------------------------- topics ------------------------------ */

export interface BenchTopic {
  slug: string;
  nameFr: string;
  nameEn: string;
}

export const BENCH_TOPICS: readonly BenchTopic[] = [
  ...demoTopics,
  { slug: "elections", nameFr: "Élections", nameEn: "Elections" },
  { slug: "migration", nameFr: "Migrations", nameEn: "Migration" },
  { slug: "security", nameFr: "Sécurité", nameEn: "Security" },
  { slug: "transport", nameFr: "Transports", nameEn: "Transport" },
  { slug: "food", nameFr: "Alimentation", nameEn: "Food" },
  { slug: "education", nameFr: "Éducation", nameEn: "Education" },
  { slug: "science", nameFr: "Sciences", nameEn: "Science" },
];

/* ------------------------------- pools ------------------------------- */

interface LocalePools {
  claims: string[];
  summaries: string[];
  sentences: string[];
  headings: string[];
  listItems: string[];
  origins: string[];
  sourceTitles: string[];
  publishers: string[];
  correctionNotes: string[];
}

function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…])\s+(?=[A-ZÀ-ÖØ-Þ«“"(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 20);
}

function buildPools(locale: Locale): LocalePools {
  const pools: LocalePools = {
    claims: [],
    summaries: [],
    sentences: [],
    headings: [],
    listItems: [],
    origins: [],
    sourceTitles: [],
    publishers: [],
    correctionNotes: [],
  };
  for (const pair of demoPairs) {
    for (const version of pair[locale].versions) {
      pools.claims.push(version.claim);
      pools.summaries.push(version.summary);
      if (version.claimOriginText) pools.origins.push(version.claimOriginText);
      if (version.correctionNote) pools.correctionNotes.push(version.correctionNote);
      for (const source of version.sources) {
        pools.sourceTitles.push(source.title);
        if (source.publisher) pools.publishers.push(source.publisher);
      }
      for (const block of version.body.split(/\n{2,}/)) {
        const text = block.trim();
        if (text.startsWith("#")) pools.headings.push(text.replace(/^#+\s*/, ""));
        else if (text.startsWith("- ")) pools.listItems.push(...text.split("\n").map((line) => line.replace(/^-\s*/, "").trim()));
        else pools.sentences.push(...splitSentences(text));
      }
    }
  }
  if (pools.correctionNotes.length === 0) {
    pools.correctionNotes.push(locale === "fr" ? "Le verdict a été revu après de nouvelles vérifications." : "The verdict was revised after further checks.");
  }
  return pools;
}

const POOLS: Record<Locale, LocalePools> = { fr: buildPools("fr"), en: buildPools("en") };

/* Place names that exist nowhere else: the rare terms of the corpus (a real archive has a long tail). */
const SYLLABLES = ["bra", "ven", "lor", "tis", "mar", "qui", "dal", "ser", "nok", "vil", "ros", "tan", "gue", "mel", "zor", "pal", "ka", "do", "ri", "fe"];
export function placeName(n: number): string {
  let value = n + 1;
  let name = "";
  do {
    name += SYLLABLES[value % SYLLABLES.length];
    value = Math.floor(value / SYLLABLES.length);
  } while (value > 0);
  name += ["ville", "berg", "mont", "ac", "ia"][n % 5];
  return name[0].toUpperCase() + name.slice(1);
}

/** Place names used by pair `pair` (two per pair, shared by both translations). */
function placesOf(pair: number): [string, string] {
  return [placeName(pair * 2), placeName(pair * 2 + 1)];
}

/* ------------------------------- entries ----------------------------- */

const VERDICT_WEIGHTS: [Verdict, number][] = [
  ["false", 0.4],
  ["misleading", 0.25],
  ["missing-context", 0.15],
  ["unproven", 0.1],
  ["true", 0.1],
];

function pickVerdict(random: () => number): Verdict {
  let roll = random();
  for (const [verdict, weight] of VERDICT_WEIGHTS) {
    if (roll < weight) return verdict;
    roll -= weight;
  }
  return "false";
}

/** What both translations of a pair share: dates, verdicts, topics, whether it was corrected. */
export interface PairMeta {
  pair: number;
  firstPublishedAt: Date;
  /** Equals firstPublishedAt unless corrected. */
  lastPublishedAt: Date;
  verdict: Verdict;
  corrected: boolean;
  /** Verdict before the correction (may equal `verdict` when only the text changed). */
  previousVerdict: Verdict;
  /** 1-based indexes into BENCH_TOPICS. */
  topicIds: number[];
}

export function pairMeta(pair: number, now: Date): PairMeta {
  const random = prng(0x5eed ^ Math.imul(pair + 1, 0x9e3779b1));
  const ageMs = Math.floor(random() * YEARS_OF_ARCHIVE * 365 * DAY_MS);
  const firstPublishedAt = new Date(now.getTime() - ageMs - 60_000);
  const verdict = pickVerdict(random);
  const corrected = random() < CORRECTED_SHARE;
  const previousVerdict = corrected && random() < 0.6 ? pickVerdict(random) : verdict;
  const correctionDelay = Math.min(ageMs, between(random, 1, 60) * DAY_MS);
  const lastPublishedAt = corrected ? new Date(firstPublishedAt.getTime() + correctionDelay) : firstPublishedAt;
  const topicCount = between(random, 1, 3);
  const topicIds = new Set<number>();
  while (topicIds.size < topicCount) topicIds.add(between(random, 1, BENCH_TOPICS.length));
  return { pair, firstPublishedAt, lastPublishedAt, verdict, corrected, previousVerdict, topicIds: [...topicIds].sort((a, b) => a - b) };
}

export interface BenchSource {
  url: string;
  title: string;
  publisher: string;
  accessedAt: string;
}

/** Everything of an entry but its body: cheap, so bulk loads can regenerate it per table. */
export interface EntryHead {
  locale: Locale;
  slug: string;
  claim: string;
  claimOriginText: string;
  claimOriginUrl: string;
  claimFirstSeen: string;
  summary: string;
  sources: BenchSource[];
  /** Empty unless the pair was corrected. */
  correctionNote: string;
}

export interface EntryBody {
  /** The published body (with an update section when corrected and there is room). */
  body: string;
  /** The body before the correction (the first revision of a corrected entry). */
  originalBody: string;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function paragraph(random: () => number, pools: LocalePools, place: string, locale: Locale): string {
  const count = between(random, 2, 5);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(pick(random, pools.sentences));
  if (random() < 0.35) {
    const lead = locale === "fr" ? `À ${place}, ` : `In ${place}, `;
    sentences[0] = lead + sentences[0][0].toLowerCase() + sentences[0].slice(1);
  }
  return sentences.join(" ");
}

/** A Markdown body of BODY_MIN_CHARS to BODY_MAX_CHARS characters: paragraphs, headings, lists. */
export function markdownBody(random: () => number, locale: Locale, places: [string, string]): string {
  const pools = POOLS[locale];
  const target = between(random, BODY_MIN_CHARS, BODY_MAX_CHARS);
  const blocks: string[] = [];
  let length = 0;
  const push = (block: string) => {
    blocks.push(block);
    length += block.length + 2;
  };
  push(paragraph(random, pools, places[0], locale));
  while (length < target) {
    const roll = random();
    let block: string;
    if (roll < 0.15) block = `## ${pick(random, pools.headings)}`;
    else if (roll < 0.25) {
      const items = between(random, 2, 4);
      block = Array.from({ length: items }, () => `- ${pick(random, pools.listItems)}`).join("\n");
    } else block = paragraph(random, pools, pick(random, places), locale);
    if (length + block.length + 2 > BODY_MAX_CHARS) {
      if (length >= BODY_MIN_CHARS) break;
      block = truncate(block, BODY_MAX_CHARS - length - 2);
    }
    push(block);
  }
  return blocks.join("\n\n");
}

const localeSalt = (locale: Locale) => (locale === "fr" ? 0 : 0x27d4eb2f);

export function entryHead(meta: PairMeta, locale: Locale): EntryHead {
  const random = prng(0xc0ffee ^ Math.imul(meta.pair + 1, 0x85ebca6b) ^ localeSalt(locale));
  const pools = POOLS[locale];
  const places = placesOf(meta.pair);
  const claim = truncate(`${pick(random, pools.claims)} (${places[0]})`, 500);
  // Slugs are unique per locale: the pair number, in base 36, ends each one.
  const slug = `${slugify(claim, 60)}-${meta.pair.toString(36)}`;
  const summary = truncate(pick(random, pools.summaries), 400);
  const firstSeen = new Date(meta.firstPublishedAt.getTime() - between(random, 1, 20) * DAY_MS);
  const sources: BenchSource[] = [];
  for (let position = 0; position < SOURCES_PER_ENTRY; position++) {
    const domain = pick(random, ["www.example.org", "www.example.net", "news.example.com"]);
    sources.push({
      url: `https://${domain}/${locale}/${meta.pair.toString(36)}/${position + 1}`,
      title: pick(random, pools.sourceTitles),
      publisher: pick(random, pools.publishers),
      accessedAt: isoDate(meta.firstPublishedAt),
    });
  }
  return {
    locale,
    slug,
    claim,
    claimOriginText: pick(random, pools.origins),
    claimOriginUrl: `https://social.example.com/posts/${meta.pair.toString(36)}`,
    claimFirstSeen: isoDate(firstSeen),
    summary,
    sources,
    correctionNote: meta.corrected ? pick(random, pools.correctionNotes) : "",
  };
}

export function entryBody(meta: PairMeta, head: EntryHead): EntryBody {
  const random = prng(0xb0d1e5 ^ Math.imul(meta.pair + 1, 0xc2b2ae35) ^ localeSalt(head.locale));
  const originalBody = markdownBody(random, head.locale, placesOf(meta.pair));
  if (!meta.corrected) return { body: originalBody, originalBody };
  const update = head.locale === "fr" ? `## Mise à jour\n\n${head.correctionNote}` : `## Update\n\n${head.correctionNote}`;
  const body = originalBody.length + update.length + 2 <= BODY_MAX_CHARS ? `${originalBody}\n\n${update}` : originalBody;
  return { body, originalBody };
}

/* --------------------------- search vocabulary ------------------------ */

const STOP = new Set(
  "avec dans pour sans sont leur leurs elle elles nous vous mais plus moins cette ces comme tout tous toute toutes être avoir fait faire that with from this they their there have were been which would could about into than then them what when where while these those only also more most such other".split(
    " ",
  ),
);

/**
 * Words a reader might search for, per locale: every distinct word of five letters
 * or more in the text the corpus is built from, plus place names of the archive's
 * first `pairs` pairs (the rare terms).
 */
export function searchVocabulary(locale: Locale, pairs: number): string[] {
  const pools = POOLS[locale];
  const words = new Set<string>();
  for (const text of [...pools.sentences, ...pools.headings, ...pools.listItems, ...pools.claims, ...pools.summaries]) {
    for (const word of text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) if (!STOP.has(word)) words.add(word);
  }
  const common = [...words].sort();
  // As many rare terms as a quarter of the common words, spread across the archive.
  const rare: string[] = [];
  const wanted = Math.max(1, Math.floor(common.length / 4));
  const step = Math.max(1, Math.floor((pairs * 2) / wanted));
  for (let n = 0; n < pairs * 2 && rare.length < wanted; n += step) rare.push(placeName(n).toLowerCase());
  return [...common, ...rare];
}
