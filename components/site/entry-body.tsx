import { renderMarkdown } from "@/lib/markdown/render";

/**
 * Typography for the Markdown body. The HTML comes from renderMarkdown, which
 * escapes raw HTML and drops unsafe URLs (lib/markdown/render.ts); styling is
 * applied from here so no other stylesheet needs to know about entry bodies.
 */
const BODY_CLASS = [
  "font-serif text-[1.0625rem] leading-[1.75] text-stone-800 sm:text-lg dark:text-stone-200",
  "[&_p]:mt-5 [&>*:first-child]:mt-0",
  "[&_h2]:mt-10 [&_h2]:font-sans [&_h2]:text-xl [&_h2]:font-bold [&_h2]:text-stone-950 dark:[&_h2]:text-white",
  "[&_h3]:mt-8 [&_h3]:font-sans [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:mt-6 [&_h4]:font-sans [&_h4]:font-semibold",
  "[&_a]:text-blue-800 [&_a]:underline [&_a]:underline-offset-2 dark:[&_a]:text-blue-300",
  "[&_ul]:mt-5 [&_ul]:list-disc [&_ul]:space-y-2 [&_ul]:pl-6 [&_ol]:mt-5 [&_ol]:list-decimal [&_ol]:space-y-2 [&_ol]:pl-6",
  "[&_blockquote]:mt-5 [&_blockquote]:border-l-4 [&_blockquote]:border-stone-300 [&_blockquote]:pl-4 [&_blockquote]:italic dark:[&_blockquote]:border-stone-600",
  "[&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] dark:[&_code]:bg-stone-800",
  "[&_pre]:mt-5 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-stone-100 [&_pre]:p-4 dark:[&_pre]:bg-stone-900",
  "[&_table]:mt-5 [&_table]:block [&_table]:w-full [&_table]:overflow-x-auto [&_table]:font-sans [&_table]:text-sm",
  "[&_th]:border-b-2 [&_th]:border-stone-300 [&_th]:px-3 [&_th]:py-2 [&_td]:border-b [&_td]:border-stone-200 [&_td]:px-3 [&_td]:py-2 dark:[&_td]:border-stone-700",
  "[&_img]:mt-5 [&_img]:h-auto [&_img]:max-w-full [&_img]:rounded [&_hr]:my-8 [&_hr]:border-stone-200",
].join(" ");

export function EntryBody({ markdown }: { markdown: string }) {
  return <div className={BODY_CLASS} data-testid="entry-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}
