-- Extensions and the accent-insensitive text search configurations used by search.
-- unaccent() is not immutable, but a text search configuration whose dictionary
-- chain starts with the unaccent dictionary is, so it can feed stored tsvectors.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'factdesk_fr') THEN
    CREATE TEXT SEARCH CONFIGURATION factdesk_fr (COPY = pg_catalog.french);
    ALTER TEXT SEARCH CONFIGURATION factdesk_fr
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'factdesk_en') THEN
    CREATE TEXT SEARCH CONFIGURATION factdesk_en (COPY = pg_catalog.english);
    ALTER TEXT SEARCH CONFIGURATION factdesk_en
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
  END IF;
END
$$;
