"use client";

import { useParams } from "next/navigation";
import type { ReactNode } from "react";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * Picks the rendering for the URL's locale where the server cannot be told it
 * (a not-found boundary gets no params). Both renderings are made on the server;
 * this only chooses, during server rendering too, so it works without JavaScript.
 */
export function LocaleChoice(props: Record<Locale, ReactNode>) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE;
  return <>{props[locale]}</>;
}
