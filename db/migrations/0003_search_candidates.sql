-- The newest published entries of a locale matching a text search query, ids only,
-- for lib/search/search-entries.ts to rank (at most max_rows of them).
--
-- Always through the GIN index (a bitmap scan) and a top-N sort, whatever the
-- planner estimates: the @@ test reads each entry's search vector out of TOAST
-- (about 5 kB), a cost the planner does not see, so for a common word it would pick
-- a sequential scan of every entry (0.5 s at 100,000 entries), and for a word it
-- misjudges as common it would walk the list index through the whole locale
-- (0.6 s for no match). A bitmap scan costs at most the number of matches (about
-- 30 ms for 40,000). The SET clauses apply to this function only.
CREATE OR REPLACE FUNCTION factdesk_search_candidates(search_locale text, search_query tsquery, max_rows integer)
RETURNS TABLE (id integer)
LANGUAGE sql STABLE
SET enable_seqscan = off
SET enable_indexscan = off
AS $$
  SELECT e.id FROM entries e
  WHERE e.locale = search_locale AND e.published_revision_id IS NOT NULL AND e.unpublished_at IS NULL
    AND e.search_vector @@ search_query
  ORDER BY e.first_published_at DESC, e.id DESC
  LIMIT max_rows
$$;
