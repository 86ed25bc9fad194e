const TONES = {
  neutral: "bg-stone-100 text-stone-800 dark:bg-stone-800 dark:text-stone-200",
  good: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  bad: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
  info: "bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof TONES; children: React.ReactNode }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${TONES[tone]}`}>{children}</span>;
}
