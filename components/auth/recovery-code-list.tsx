/** Recovery codes, shown once: the person must copy them somewhere safe now. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
      <p className="text-sm font-semibold text-amber-900 dark:text-amber-100">Save these recovery codes now: they are shown only once.</p>
      <p className="mt-1 text-sm text-amber-900 dark:text-amber-100">
        Each one lets you sign in once without your phone. Keep them in a password manager or on paper, away from your phone.
      </p>
      <ol className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </div>
  );
}
