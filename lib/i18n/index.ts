export {
  DEFAULT_LOCALE,
  INTL_LOCALE,
  LOCALES,
  type Locale,
  isLocale,
  otherLocale,
  pickLocaleFromAcceptLanguage,
} from "./locales";
export {
  type Messages,
  type VerdictText,
  messages,
  t,
  verdictDescription,
  verdictLabel,
} from "./dictionaries";
export {
  DEFAULT_TIME_ZONE,
  type DateStyle,
  formatDate,
  formatDateTime,
  formatNumber,
  siteTimeZone,
} from "./format";
export { type MessageValues, type PluralForms, interpolate, placeholdersOf, plural } from "./interpolate";
