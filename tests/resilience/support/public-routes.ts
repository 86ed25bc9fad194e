/**
 * Every public route and the parameters a stranger controls, each with a
 * fast-check generator. The bad-input suite sends every route hostile values for
 * every parameter and expects 2xx, 3xx or 4xx — never 5xx.
 *
 * Adding a route is one line in PUBLIC_ROUTES. EXTENSION POINTS once merged:
 *   issue 5 (site, search, API):  "/{locale}/topics/{slug}", "/{locale}/search" with `q`,
 *     "/{locale}/corrections", "/api/v1/entries" with `cursor`/`limit`,
 *     "/api/v1/entries/{locale}/{slug}", "/sitemap.xml", "/robots.txt"
 *   issue 6 (feeds): "/{locale}/feed.xml", "/{locale}/atom.xml", "/{locale}/feed.json" and
 *     the topic and corrections variants (If-None-Match / If-Modified-Since matter most there)
 *   issue 9 (tips): "/{locale}/report" (GET), and the tip server action in SERVER_ACTIONS
 */
import fc from "fast-check";

/** Values that broke real routers and parsers, mixed into every generator. */
const NASTY_SEGMENTS = [
  "%",
  "%%",
  "%zz",
  "%00",
  "%C0%AF",
  "%ED%A0%80", // a UTF-8-encoded lone surrogate
  "%FF%FE",
  "..",
  "%2e%2e",
  "%2F",
  "%5C",
  "~",
  "a%20b",
  "%E2%80%AE", // right-to-left override
  "%F0%9F%92%A9",
  "__proto__",
  "constructor",
  "_next",
  "api",
  "fr",
  "en",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "9007199254740993",
  "1e309",
  "'%3B--",
  "%3Cscript%3E",
  "x".repeat(300),
  "a-".repeat(150),
];

const unreserved = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@".split(""));
const percentByte = fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`);
const validUtf8Escaped = fc.string({ unit: "grapheme", maxLength: 20 }).map((text) => encodeURIComponent(text));

/** One URL path segment (already escaped: sent as is). */
export const pathSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_SEGMENTS) },
  { weight: 3, arbitrary: fc.array(fc.oneof(unreserved, percentByte), { minLength: 1, maxLength: 40 }).map((parts) => parts.join("")) },
  { weight: 2, arbitrary: validUtf8Escaped.filter((s) => s.length > 0) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,5}$/) },
);

/** A query string value (escaped). */
export const queryValue: fc.Arbitrary<string> = fc.oneof(pathSegment, fc.constant(""), percentByte);

/** A whole query string: known and unknown keys, repeated keys, broken pairs. */
export const queryString = (keys: string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...keys, "__proto__", "a[b]", "%zz"), queryValue).map(([key, value]) => `${key}=${value}`),
        fc.constantFrom("=", "&", "a", "a==b", "%", "?"),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => (pairs.length > 0 ? `?${pairs.join("&")}` : ""));

/** Header values as a client may send them: visible Latin-1, spaces and tabs (node refuses CR/LF itself). */
const headerText = fc
  .array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.constant(0x09), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 200 })
  .map((codes) => String.fromCharCode(...codes));

export const acceptLanguage: fc.Arbitrary<string> = fc.oneof(
  headerText,
  fc.constantFrom("*", "fr", "en-GB,en;q=0.8", "fr;q=2", "en;q=", ";;;,,,", "de-DE;q=0.9,*;q=0", "x".repeat(5000), "fr-CA;q=1.0000", "en;q=NaN"),
  fc.array(fc.tuple(fc.constantFrom("fr", "en", "*", "de", "fr-CA", "", "é"), fc.double({ noNaN: false })), { maxLength: 40 }).map((ranges) =>
    ranges.map(([tag, q]) => `${tag};q=${q}`).join(","),
  ),
);

export const ifNoneMatch: fc.Arbitrary<string> = fc.oneof(headerText, fc.constantFrom("*", '"abc"', 'W/"abc"', '"', "W/", '"a", W/"b", *'));
export const ifModifiedSince: fc.Arbitrary<string> = fc.oneof(
  headerText,
  fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? "Invalid Date" : date.toUTCString())),
);
/** A stolen-looking or garbage session cookie. */
export const sessionCookie: fc.Arbitrary<string> = fc.oneof(
  headerText.map((value) => `authjs.session-token=${value.replace(/[;\s]/g, "")}`),
  fc.constantFrom("authjs.session-token=", "authjs.session-token.0=abc", "__Secure-authjs.session-token=eyJhbGciOiJub25lIn0.e30.", "a=b; authjs.session-token=%"),
);

export interface RequestParts {
  path: string;
  headers: Record<string, string>;
}

export interface PublicRoute {
  /** Shown in failures. */
  name: string;
  request: fc.Arbitrary<RequestParts>;
}

const locale = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("fr", "en") }, { weight: 1, arbitrary: pathSegment });

/** Headers every route gets: any of them may be hostile. */
export const commonHeaders: fc.Arbitrary<Record<string, string>> = fc
  .record(
    { "accept-language": acceptLanguage, "if-none-match": ifNoneMatch, "if-modified-since": ifModifiedSince, cookie: sessionCookie, accept: headerText },
    { requiredKeys: [] },
  )
  .map((headers) => Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<string, string>);

/** A route: a path built from generated parts, a query string over `queryKeys`, hostile headers. */
function route(name: string, path: fc.Arbitrary<string>, queryKeys: string[] = ["page", "cursor", "verdict", "topic", "q"]): PublicRoute {
  return {
    name,
    request: fc.record({ path: fc.tuple(path, queryString(queryKeys)).map(([p, q]) => p + q), headers: commonHeaders }),
  };
}

/** Real slugs of the demo content, so that the generators also hit pages that exist. */
const demoSlug = fc.constantFrom("les-antennes-5g-propagent-les-virus", "5g-antennas-spread-viruses");

export const PUBLIC_ROUTES: PublicRoute[] = [
  route("/ (language choice)", fc.constant("/")),
  route("/{locale}", locale.map((l) => `/${l}`)),
  route("/{locale}/rumors/{slug}", fc.tuple(locale, fc.oneof(pathSegment, demoSlug)).map(([l, s]) => `/${l}/rumors/${s}`)),
  route("/{locale}/{unknown…}", fc.tuple(locale, fc.array(pathSegment, { minLength: 1, maxLength: 4 })).map(([l, parts]) => `/${l}/${parts.join("/")}`)),
  route("/api/health", fc.constant("/api/health")),
  route("/login", fc.constant("/login"), ["next", "error", "callbackUrl"]),
  route("/admin/{…} (anonymous or forged cookie)", fc.array(pathSegment, { maxLength: 3 }).map((parts) => `/admin${parts.length ? "/" + parts.join("/") : ""}`), ["next"]),
  route("/api/auth/{…} (next-auth)", fc.constantFrom("session", "csrf", "providers", "signin", "callback/credentials", "error", "signout").map((p) => `/api/auth/${p}`), ["callbackUrl", "error"]),
];
