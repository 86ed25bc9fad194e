import { formatDateTime } from "@/lib/i18n/format";

/** A one-time password or a set-password link, shown to the admin once, to pass on. */
export function IssuedCredentialNotice({
  credential,
}: {
  credential: { kind: "password"; value: string } | { kind: "link"; url: string; expiresAt: string };
}) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      {credential.kind === "password" ? (
        <>
          <p className="text-sm font-semibold">One-time password — shown only now</p>
          <p className="mt-1 text-sm">Pass it on privately. The person must replace it with their own password when they first sign in.</p>
          <p className="mt-3 select-all break-all rounded bg-white px-3 py-2 font-mono text-lg dark:bg-stone-900" data-testid="issued-password">
            {credential.value}
          </p>
        </>
      ) : (
        <>
          <p className="text-sm font-semibold">Set-password link — shown only now</p>
          <p className="mt-1 text-sm">
            Send it to the person privately. It works once, until {formatDateTime(credential.expiresAt, "en", "short")}.
          </p>
          <p className="mt-3 select-all break-all rounded bg-white px-3 py-2 font-mono text-sm dark:bg-stone-900" data-testid="issued-link">
            {credential.url}
          </p>
        </>
      )}
    </div>
  );
}
