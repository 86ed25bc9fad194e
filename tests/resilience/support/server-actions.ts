/**
 * Calling a server action over HTTP the way the browser's fetch does: header
 * `Next-Action: <id>` (ids from the build's server-reference-manifest.json), the
 * arguments encoded as React's encodeReply does for plain JSON values (field "0").
 */
import fs from "node:fs";
import path from "node:path";
import { buildDir, PROJECT_ROOT } from "./next-server";

/** The id of an exported server action of `filename` (e.g. app/admin/entries/actions.ts). */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, buildDir(), "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, info]) => info.filename === filename && info.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} of ${filename} in the build`);
  return found[0];
}

/** Posts `args` (JSON values whose strings do not start with "$") to the action; returns status and the RSC payload. */
export async function callAction(baseUrl: string, pagePath: string, id: string, args: unknown[], cookies: string): Promise<{ status: number; body: string }> {
  const form = new FormData();
  form.append("0", JSON.stringify(args));
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
    headers: { "next-action": id, accept: "text/x-component", origin: baseUrl, cookie: cookies },
    body: form,
  });
  return { status: response.status, body: await response.text() };
}
