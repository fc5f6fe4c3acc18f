import { NextResponse } from "next/server";
import { serverError } from "@/lib/api/server-error";
import { db } from "@/lib/db";
import { occupationApiResponse } from "@/lib/data/careers";

/** GET /api/v1/occupations/15-1232 (SOC) or /api/v1/occupations/15-1232.00 (O*NET-SOC). */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const { status, body } = await occupationApiResponse(await db(), code);
    return NextResponse.json(body, {
      status,
      headers: status === 200 ? { "Cache-Control": "public, max-age=3600" } : undefined,
    });
  } catch (error) {
    return serverError(request, error, "Something went wrong on our side. Please try again.", 500);
  }
}
