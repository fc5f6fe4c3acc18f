import { describe, expect, it } from "vitest";
import { consoleProgress } from "@/lib/import/progress";
import { formatSummary } from "@/lib/import/summary";

function sink() {
  const chunks: string[] = [];
  return { stream: { write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream, text: () => chunks.join("") };
}

describe("import progress and summary", () => {
  it("prints plain lines when not on a terminal", () => {
    const out = sink();
    const p = consoleProgress(out.stream, false);
    p.step("O*NET Skills")("30,765 rows");
    p.rows("WageStat", 211804, 211804);
    expect(out.text()).toMatch(/^✓ O\*NET Skills — 30,765 rows \(\d+\.\d s\)\n {2}WageStat: 211,804\/211,804 rows\n$/);
    expect(out.text()).not.toContain("\r");
  });

  it("redraws one line with a bar on a terminal", () => {
    const out = sink();
    const p = consoleProgress(out.stream, true);
    p.rows("WageStat", 50_000, 200_000);
    p.rows("WageStat", 200_000, 200_000);
    expect(out.text()).toContain("\r\x1b[2K[######------------------] WageStat 50,000/200,000");
    expect(out.text()).toMatch(/\[#{24}\] WageStat 200,000\/200,000\n$/);
  });

  it("summarises counts per table and unmatched codes", () => {
    const text = formatSummary({ Occupation: 1016, WageStat: 211804 } as never, [
      { what: "codes with no occupation", items: ["55-1011.00", "55-1012.00"] },
      { what: "nothing here", items: [] },
    ], 2);
    expect(text).toContain("Loaded 212,820 rows in 2.0 s (106,410 rows/s)");
    expect(text).toMatch(/WageStat\s+211,804/);
    expect(text).toContain("Unmatched — codes with no occupation: 2 (55-1011.00, 55-1012.00)");
    expect(text).not.toContain("nothing here");
  });
});
