import { ImageResponse } from "next/og";
import { connection } from "next/server";
import { parsePair, slugToName } from "@/lib/compare/slugs";
import { getComparison } from "@/lib/data/compare";
import { formatPercent, formatWage } from "@/lib/format";

export const alt = "Career comparison: median pay and projected growth side by side";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The bundled font covers plain Latin only; anything else would make next/og fetch a font from the network. */
function ascii(text: string): string {
  return text
    .replace(/[−–—]/g, "-")
    .replace(/≥/g, ">=")
    .replace(/[’‘]/g, "'")
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "");
}

type Column = { name: string; occupation: string | null; pay: string; growth: string };

export default async function Image({ params }: { params: Promise<{ pair: string }> }) {
  await connection();
  const { pair } = await params;
  const parsed = parsePair(pair);
  let columns: Column[] = parsed.slugs.slice(0, 4).map((s) => ({ name: slugToName(s), occupation: null, pay: "", growth: "" }));
  if (parsed.ok) {
    const result = await getComparison(parsed.slugs.join(",")).catch(() => null);
    if (result?.ok) {
      columns = result.comparison.careers.map((c) => ({
        name: c.resolution.name,
        occupation: c.resolution.via === "occupation" ? null : c.profile.occupation.title,
        pay: c.profile.pay ? `${formatWage(c.profile.pay.annual.median)} median pay` : "pay not published",
        growth:
          c.profile.projection?.changePercent != null
            ? `${formatPercent(c.profile.projection.changePercent, { signed: true })} jobs, ${c.profile.projection.baseYear}-${String(c.profile.projection.targetYear).slice(2)}`
            : "no projection",
      }));
    }
  }
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#f7f8f6", color: "#17201e", padding: 64 }}>
        <div style={{ display: "flex", fontSize: 30, color: "#0f766e", fontWeight: 700 }}>Careerlens - career comparison</div>
        <div style={{ display: "flex", marginTop: 36, gap: 24, flex: 1 }}>
          {columns.map((c, i) => (
            <div
              key={i}
              style={{ display: "flex", flexDirection: "column", flex: 1, background: "#ffffff", border: "2px solid #dde2df", borderRadius: 20, padding: 28 }}
            >
              <div style={{ display: "flex", fontSize: columns.length > 2 ? 34 : 46, fontWeight: 700, lineHeight: 1.15 }}>{ascii(c.name)}</div>
              {c.occupation ? <div style={{ display: "flex", fontSize: 22, color: "#4a5553", marginTop: 10 }}>{ascii(`as ${c.occupation}`)}</div> : null}
              <div style={{ display: "flex", marginTop: "auto", fontSize: columns.length > 2 ? 28 : 36, fontWeight: 700, color: "#115e59" }}>{ascii(c.pay)}</div>
              <div style={{ display: "flex", marginTop: 8, fontSize: 24, color: "#4a5553" }}>{ascii(c.growth)}</div>
            </div>
          ))}
        </div>
        <div style={{ display: "flex", marginTop: 28, fontSize: 22, color: "#4a5553" }}>Figures: BLS OEWS and Employment Projections, O*NET</div>
      </div>
    ),
    size,
  );
}
