import { renderMarkdown } from "@/lib/markdown/render";

/**
 * The Markdown body. The HTML comes from renderMarkdown, which escapes raw HTML
 * and drops unsafe URLs (lib/markdown/render.ts); its typography is the
 * `.entry-body` class (app/globals.css).
 */
export function EntryBody({ markdown }: { markdown: string }) {
  return <div className="entry-body" data-testid="entry-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}
