import { runWithRequest } from "@/lib/auth/request-scope";
import { currentUser } from "@/lib/auth/session";
import { unauthorized } from "@/lib/api/respond";
import { comparisonsCsv, exportUserData } from "@/lib/data/account-export";

export const dynamic = "force-dynamic";

/** GET /api/v1/account/export (all of the user's data, JSON) or ?format=csv (the saved comparisons). */
export function GET(request: Request) {
  return runWithRequest(request, async () => {
    const user = await currentUser();
    if (!user) return unauthorized();
    const day = new Date().toISOString().slice(0, 10);
    if (new URL(request.url).searchParams.get("format") === "csv") {
      return new Response(await comparisonsCsv(user.id), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="careerlens-comparisons-${day}.csv"`,
          "Cache-Control": "no-store",
        },
      });
    }
    return new Response(JSON.stringify(await exportUserData(user.id), null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="careerlens-account-${day}.json"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
