/**
 * Calling a server action over HTTP the way the browser's fetch does: header
 * `Next-Action: <id>` (ids from the build's server-reference-manifest.json), the
 * arguments encoded as React's encodeReply does — plain JSON values in field "0"
 * (callAction), or (previousState, formData) for the forms of useActionState
 * (callFormAction). `actionResult` reads the value the action returned from the
 * RSC answer.
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

export interface ActionResponse {
  status: number;
  body: string;
}

/** Posts `args` (JSON values whose strings do not start with "$") to the action; returns status and the RSC payload. */
export async function callAction(baseUrl: string, pagePath: string, id: string, args: unknown[], cookies: string): Promise<ActionResponse> {
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

/**
 * Posts a form action: `(formData)` or `(previousState, formData)`, told apart by
 * the id's first byte (0x40 one argument, 0x60 two). React's reply format (the one
 * Next 16 ships): entries of FormData reference 1 are named "_1_<name>", and the
 * root "0" comes last (the server parses it as soon as it arrives).
 */
export async function callFormAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  fields: Record<string, string>,
  options: { cookies?: string; origin?: string; headers?: Record<string, string> } = {},
): Promise<ActionResponse> {
  const form = new FormData();
  const args = id.startsWith("00") ? [] : id.startsWith("40") ? ["$K1"] : [{}, "$K1"];
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append("0", JSON.stringify(args));
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
    headers: {
      "next-action": id,
      accept: "text/x-component",
      origin: options.origin ?? baseUrl,
      ...(options.cookies ? { cookie: options.cookies } : {}),
      ...options.headers,
    },
    body: form,
  });
  return { status: response.status, body: await response.text() };
}

/**
 * The value the action returned, from the RSC answer: row 0 is
 * `{"a":"$@<row>",…}` (or the value inline), the value is that row's JSON.
 * Undefined when the answer carries none (a redirect, an error page).
 */
export function actionResult<T>(body: string): T | undefined {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match && !rows.has(match[1])) rows.set(match[1], match[2]);
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    if (!root || !("a" in root)) return undefined;
    if (typeof root.a === "string" && root.a.startsWith("$@")) {
      const row = rows.get(root.a.slice(2));
      return row === undefined ? undefined : (JSON.parse(row) as T);
    }
    return root.a as T;
  } catch {
    return undefined;
  }
}
