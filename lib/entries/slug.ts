/** URL slug from a claim: ASCII, lower-case, hyphen-separated, at most `max` characters, cut on a word boundary. */
export function slugify(text: string, max = 80): string {
  const base = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[œŒ]/g, "oe")
    .replace(/[æÆ]/g, "ae")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length <= max) return base || "entry";
  const cut = base.slice(0, max);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, "") || "entry";
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
