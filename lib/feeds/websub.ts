/**
 * WebSub (W3C, formerly PubSubHubbub), publisher side. When WEBSUB_HUB_URL is set,
 * every feed names the hub (rel="hub") and a change to an entry pings the hub with
 * the URLs of the feeds that changed; the hub then fetches them and pushes the new
 * items to its subscribers, so readers need not poll.
 *
 * A ping is a courtesy, never a condition of publishing: it has a timeout, and
 * every failure is reported in the result (and logged), never thrown.
 */
import type { Locale } from "@/db/schema";
import { FEED_FORMATS, feedUrl, type FeedScope } from "./urls";

export const DEFAULT_PING_TIMEOUT_MS = 5_000;

const warnedAbout = new Set<string>();

function warnOnce(message: string): void {
  if (warnedAbout.has(message)) return;
  warnedAbout.add(message);
  console.warn(`[websub] ${message}`);
}

/** The configured hub, or undefined when WebSub is off (unset, or not an http(s) URL). */
export function websubHubUrl(): string | undefined {
  const configured = process.env.WEBSUB_HUB_URL?.trim();
  if (!configured) return undefined;
  try {
    const url = new URL(configured);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch {
    /* reported below */
  }
  warnOnce(`WEBSUB_HUB_URL is not an http(s) URL, WebSub is off: ${JSON.stringify(configured)}`);
  return undefined;
}

export interface HubPingOutcome {
  feedUrl: string;
  ok: boolean;
  /** The hub's HTTP status, when it answered. */
  status?: number;
  /** Why the ping failed, when it did. */
  error?: string;
}

export interface HubPingResult {
  /** The hub pinged, or undefined when WebSub is off (nothing was sent). */
  hubUrl?: string;
  outcomes: HubPingOutcome[];
}

export interface PingOptions {
  /** Defaults to WEBSUB_HUB_URL. */
  hubUrl?: string;
  timeoutMs?: number;
}

async function pingOne(hubUrl: string, url: string, timeoutMs: number): Promise<HubPingOutcome> {
  try {
    const response = await fetch(hubUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ "hub.mode": "publish", "hub.url": url }).toString(),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
    // The body is not needed; drain it so the connection can be reused.
    await response.body?.cancel().catch(() => {});
    // Hubs answer 204 No Content (or 202 Accepted) to a publish notification.
    return response.ok ? { feedUrl: url, ok: true, status: response.status } : { feedUrl: url, ok: false, status: response.status, error: `hub answered ${response.status}` };
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    const message = name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : error instanceof Error ? error.message : String(error);
    return { feedUrl: url, ok: false, error: message };
  }
}

/**
 * Tells the hub that `feedUrls` changed: one form-encoded POST per feed
 * (`hub.mode=publish&hub.url=…`), sent together. Never throws.
 */
export async function pingHub(feedUrls: string[], options: PingOptions = {}): Promise<HubPingResult> {
  const hubUrl = options.hubUrl ?? websubHubUrl();
  if (hubUrl === undefined) return { outcomes: [] };
  const timeoutMs = options.timeoutMs ?? DEFAULT_PING_TIMEOUT_MS;
  const unique = [...new Set(feedUrls)];
  const outcomes = await Promise.all(unique.map((url) => pingOne(hubUrl, url, timeoutMs)));
  for (const outcome of outcomes) {
    if (!outcome.ok) console.warn(`[websub] ping of ${hubUrl} for ${outcome.feedUrl} failed: ${outcome.error}`);
  }
  return { hubUrl, outcomes };
}

/** What a change to an entry touches: the entry's locale and every topic it has (or had). */
export interface EntryFeedChange {
  locale: Locale;
  /** Topic slugs: those of the published revision before the change and after it. */
  topics: string[];
}

/**
 * Every feed an entry change can alter, in all three formats: the locale's feed,
 * its topics' feeds, and the corrections feed (a correction adds to it, an
 * unpublish removes the entry's corrections from it).
 */
export function feedUrlsForEntryChange(entry: EntryFeedChange): string[] {
  const scopes: FeedScope[] = [
    { kind: "latest" },
    ...[...new Set(entry.topics)].map((slug): FeedScope => ({ kind: "topic", slug })),
    { kind: "corrections" },
  ];
  return scopes.flatMap((scope) => FEED_FORMATS.map((format) => feedUrl(entry.locale, scope, format)));
}

/**
 * To call after a publish, unpublish or correction has committed AND its cache
 * tags were invalidated (invalidateTags(tagsForEntryChange(...))), so that the hub
 * fetches the new feeds. Does nothing when WebSub is off; never throws. The
 * feeds themselves need nothing more: they read through the invalidated cache.
 */
export function notifyFeedsOfEntryChange(entry: EntryFeedChange, options: PingOptions = {}): Promise<HubPingResult> {
  return pingHub(feedUrlsForEntryChange(entry), options);
}
