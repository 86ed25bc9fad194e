export type { FeedAlternateFormats, FeedItem, FeedLanguage, FeedMeta, FeedPaging } from "./types";
export {
  DEFAULT_TTL_MINUTES,
  FEED_CONTENT_TYPES,
  FEED_GENERATOR,
  FEED_MEDIA_TYPES,
  type FeedContentType,
  type FeedFormat,
} from "./formats";
export { FeedInputError } from "./validation";
export { renderRss } from "./rss";
export { renderAtom } from "./atom";
export {
  buildJsonFeed,
  JSON_FEED_VERSION,
  renderJsonFeed,
  serializeJsonFeed,
  type JsonFeed,
  type JsonFeedItem,
} from "./json";
export {
  computeEtag,
  DEFAULT_FEED_CACHE_CONTROL,
  feedResponse,
  isNotModified,
  type FeedResponseOptions,
} from "./conditional";
export { parseHttpDate, toHttpDate, toRfc3339, toRfc822 } from "./dates";
export { escapeXmlAttribute, escapeXmlText, removeForbiddenXmlChars } from "./xml";
export {
  autodiscoveryTypes,
  entryFeedId,
  correctionFeedId,
  FEED_FILE_NAMES,
  FEED_FORMATS,
  feedAutodiscoveryLinks,
  feedPath,
  feedUrl,
  siteUrl,
  type FeedAutodiscoveryLink,
  type FeedScope,
} from "./urls";
export { feedUrlsForEntryChange, notifyFeedsOfEntryChange, pingHub, websubHubUrl, type EntryFeedChange, type HubPingResult } from "./websub";
