import type { NextRequest } from "next/server";
import { refuseMalformedCallbackUrl } from "@/lib/auth/callback-url";
import { handlers } from "@/lib/auth/next-auth";

export function GET(request: NextRequest) {
  return refuseMalformedCallbackUrl(request) ?? handlers.GET(request);
}

export function POST(request: NextRequest) {
  return refuseMalformedCallbackUrl(request) ?? handlers.POST(request);
}
