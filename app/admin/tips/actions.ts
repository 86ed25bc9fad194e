"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { ForbiddenError } from "@/lib/auth/permissions";
import { clientInfo } from "@/lib/request-context";
import { revealTipContact } from "@/lib/tips/contact";
import { tipHref } from "@/lib/tips/links";
import { findTipIdByReference } from "@/lib/tips/queries";
import { parseTipReference } from "@/lib/tips/reference";
import {
  convertTipToDraft,
  dismissTip,
  mergeTipIntoGroup,
  removeTipFromGroup,
  reopenTip,
  resolveErrorReport,
  startTip,
  type TriageResult,
} from "@/lib/tips/triage";
import type { TipNotice } from "./notices";

function tipIdOf(formData: FormData): number | null {
  const value = formData.get("tipId");
  return typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/** Only newsroom pages may be returned to (no open redirect). */
function returnPath(formData: FormData, tipId: number): string {
  const value = formData.get("returnTo");
  if (typeof value === "string" && /^\/admin(\/[A-Za-z0-9_-]+)*$/.test(value)) return value;
  return tipHref(tipId);
}

function finish(formData: FormData, tipId: number, result: TriageResult, success: TipNotice): never {
  const path = returnPath(formData, tipId);
  const query = result.ok ? `notice=${success}` : `error=${result.error}`;
  redirect(`${path}?${query}#tip-${tipId}`);
}

type TriageAction = (tipId: number, formData: FormData) => Promise<TriageResult>;

async function runTriage(formData: FormData, success: TipNotice, action: TriageAction): Promise<never> {
  const tipId = tipIdOf(formData);
  if (tipId === null) redirect("/admin/tips?error=not_found");
  let result: TriageResult;
  try {
    result = await action(tipId, formData);
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    result = { ok: false, error: "forbidden" };
  }
  finish(formData, tipId, result, success);
}

async function context() {
  const [user, db, client] = await Promise.all([requireUser("/admin/tips"), getDb(), clientInfo()]);
  return { user, db, client };
}

export async function startTipAction(formData: FormData): Promise<void> {
  await runTriage(formData, "started", async (tipId) => {
    const { user, db, client } = await context();
    return startTip(db, user, tipId, { client });
  });
}

export async function dismissTipAction(formData: FormData): Promise<void> {
  await runTriage(formData, "dismissed", async (tipId) => {
    const { user, db, client } = await context();
    return dismissTip(db, user, tipId, formData.get("reason"), { client });
  });
}

export async function reopenTipAction(formData: FormData): Promise<void> {
  await runTriage(formData, "reopened", async (tipId) => {
    const { user, db, client } = await context();
    return reopenTip(db, user, tipId, { client });
  });
}

export async function convertTipAction(formData: FormData): Promise<void> {
  await runTriage(formData, "converted", async (tipId) => {
    const { user, db, client } = await context();
    return convertTipToDraft(db, user, tipId, { client });
  });
}

export async function resolveErrorReportAction(formData: FormData): Promise<void> {
  await runTriage(formData, "resolved", async (tipId) => {
    const { user, db, client } = await context();
    return resolveErrorReport(db, user, tipId, { client });
  });
}

export async function mergeTipAction(formData: FormData): Promise<void> {
  await runTriage(formData, "merged", async (tipId) => {
    const { user, db, client } = await context();
    const byId = formData.get("targetId");
    let targetId: number | null = typeof byId === "string" && /^\d{1,9}$/.test(byId) ? Number(byId) : null;
    if (targetId === null) {
      const reference = parseTipReference(formData.get("targetReference"));
      targetId = reference ? await findTipIdByReference(user, reference) : null;
    }
    if (targetId === null) return { ok: false, error: "target_not_found" };
    return mergeTipIntoGroup(db, user, tipId, targetId, { client });
  });
}

export async function ungroupTipAction(formData: FormData): Promise<void> {
  await runTriage(formData, "ungrouped", async (tipId) => {
    const { user, db, client } = await context();
    return removeTipFromGroup(db, user, tipId, { client });
  });
}

export type ContactRevealState = { status: "hidden" } | { status: "shown"; email: string | null } | { status: "error"; message: string };

/** Shows one tip's contact e-mail to an editor; the domain writes the audit entry. */
export async function revealContactAction(_previous: ContactRevealState, formData: FormData): Promise<ContactRevealState> {
  const tipId = tipIdOf(formData);
  if (tipId === null) return { status: "error", message: "Unknown tip." };
  const { user, db, client } = await context();
  const result = await revealTipContact(db, user, tipId, client);
  if (!result.ok) return { status: "error", message: result.error === "forbidden" ? "You may not see readers' contact details." : "Unknown tip." };
  return { status: "shown", email: result.email };
}
