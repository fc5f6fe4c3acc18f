import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/import/files";
import { readJobZones, readOnetOccupations } from "@/lib/import/readers/onet-occupations";
import { readAlternateTitles, readReportedTitles } from "@/lib/import/readers/onet-titles";
import { RATING_TABLES, readRatings } from "@/lib/import/readers/onet-ratings";
import { readOnetEducation } from "@/lib/import/readers/onet-education";
import { readTasks } from "@/lib/import/readers/onet-tasks";
import { readTechnologySkills } from "@/lib/import/readers/onet-technology";
import { readRelatedOccupations } from "@/lib/import/readers/onet-related";
import { readNemCrosswalk } from "@/lib/import/readers/nem-crosswalk";
import { DATA_DIR, hasData } from "../data-dir";

const spec = (key: string) => RATING_TABLES.find((t) => t.key === key)!;

describe.skipIf(!hasData)("O*NET readers", () => {
  it("reads 1,016 occupations with unique codes", async () => {
    const occ = await readOnetOccupations(DATA_DIR);
    expect(occ).toHaveLength(1016);
    expect(new Set(occ.map((o) => o.onetCode)).size).toBe(1016);
    expect(occ.find((o) => o.onetCode === "15-1252.00")?.title).toBe("Software Developers");
  });

  it("takes job zones from the 30.1 list, n/a as null", async () => {
    const zones = await readJobZones(DATA_DIR);
    const csv = parseCsv(fs.readFileSync(path.join(DATA_DIR, "onet-30.1-partial", "All_Occupations_ONET.csv"), "utf8"));
    expect(zones.size).toBe(csv.length - 1);
    for (const [zone, code] of csv.slice(1)) expect(zones.get(code)).toBe(zone === "n/a" ? null : Number(zone));
    expect(zones.get("45-2099.00")).toBeNull();
  });

  it("folds importance and level into one skill rating", async () => {
    const skills = await readRatings(DATA_DIR, spec("skills"));
    expect(skills).toHaveLength(879 * 35);
    const reading = skills.find((s) => s.onetCode === "11-1011.00" && s.elementId === "2.A.1.a")!;
    expect(reading).toMatchObject({ name: "Reading Comprehension", importance: 4.12, level: 4.62, domain: "SKILL", source: "O*NET 29.0" });
    expect(skills.some((s) => s.suppressed)).toBe(true);
    expect(skills.some((s) => s.notRelevant)).toBe(true);
  });

  it("keeps interest and work value ratings, not the high-point summaries", async () => {
    const interests = await readRatings(DATA_DIR, spec("interests"));
    expect(new Set(interests.map((r) => r.name))).toEqual(new Set(["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"]));
    expect(interests.find((r) => r.onetCode === "11-1011.00" && r.name === "Enterprising")?.importance).toBe(6.88);
    const values = await readRatings(DATA_DIR, spec("workValues"));
    expect(values.every((v) => v.level === null && !/High-Point/.test(v.name))).toBe(true);
  });

  it("reads education, training and experience from 30.1 with category labels", async () => {
    const ete = await readOnetEducation(DATA_DIR);
    expect(new Set(ete.map((r) => r.scale))).toEqual(new Set(["RL", "RW", "PT", "OJ"]));
    expect(ete.every((r) => r.source === "O*NET 30.1")).toBe(true);
    const bachelors = ete.find((r) => r.onetCode === "11-1011.00" && r.scale === "RL" && r.category === 6)!;
    expect(bachelors).toMatchObject({ label: "Bachelor's Degree", percent: 32.29 });
    const labels = new Set(ete.filter((r) => r.scale === "RL").map((r) => r.label));
    expect(labels).toContain("Post-Secondary Certificate");
    expect(labels).toContain("High School Diploma");
    expect([...labels].every((l) => l.length < 50)).toBe(true);
  });

  it("reads tasks, technology skills, related occupations and titles", async () => {
    const [tasks, tech, related, alt, reported] = await Promise.all([
      readTasks(DATA_DIR),
      readTechnologySkills(DATA_DIR),
      readRelatedOccupations(DATA_DIR),
      readAlternateTitles(DATA_DIR),
      readReportedTitles(DATA_DIR),
    ]);
    expect(tasks).toHaveLength(18796);
    expect(tasks.find((t) => t.taskId === 8823)).toMatchObject({ onetCode: "11-1011.00", core: true });
    expect(tech.find((t) => t.onetCode === "11-1011.00" && t.example === "Adobe Acrobat")).toMatchObject({ hot: true, inDemand: false, commodityCode: 43232202 });
    expect(tech.find((t) => t.onetCode === "11-1011.00" && t.example === "AdSense Tracker")?.hot).toBe(false);
    expect(related).toHaveLength(18460);
    expect(related.filter((r) => r.onetCode === "11-1011.00")[0]).toMatchObject({ relatedCode: "11-1021.00", tier: "Primary-Short", index: 1 });
    expect(alt).toHaveLength(55120);
    expect(alt.find((a) => a.title === "Business Development Executive (BD Executive)")).toMatchObject({ shortTitle: "BD Executive", sources: 1 });
    expect(alt.find((a) => a.title === "Bureau Chief")?.sources).toBe(2);
    expect(reported).toHaveLength(7953);
    expect(reported.find((r) => r.title === "CEO (Chief Executive Officer)")?.shownInMyNextMove).toBe(true);
  });

  it("maps O*NET codes to the BLS publication code, aggregates included", async () => {
    const nem = await readNemCrosswalk(DATA_DIR);
    expect(nem.size).toBe(997);
    expect(nem.get("13-1021.00")).toBe("13-1020");
    expect(nem.get("29-2011.01")).toBe("29-2010");
    expect(nem.get("15-1252.00")).toBe("15-1252");
    expect(nem.has("55-1011.00")).toBe(false);
    expect(new Set(nem.values()).size).toBe(832);
  });
});
