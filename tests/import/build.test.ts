import { describe, expect, it } from "vitest";
import { slugify, uniqueSlugs } from "@/lib/import/normalize";
import { buildTopColleges, TOP_COLLEGES } from "@/lib/import/build/colleges";
import { buildJobTitles, TITLE_RANK } from "@/lib/import/build/titles";
import { buildOccupations } from "@/lib/import/build/occupations";
import type { DirectoryRecord } from "@/lib/import/readers/ipeds";

describe("text keys", () => {
  it("makes URL slugs", () => {
    expect(slugify("Développeur, Web (Front-End)")).toBe("developpeur-web-front-end");
    expect(slugify("Software Developers")).toBe("software-developers");
    expect(slugify("Lowe's")).toBe("lowe-s");
  });

  it("adds the key only to slugs that would collide", () => {
    const items = [
      { t: "Nurse", k: "29-1141.00" },
      { t: "Nurse", k: "29-1141.01" },
      { t: "Pilot", k: "53-2011.00" },
    ];
    const slugs = uniqueSlugs(items, (i) => i.t, (i) => i.k);
    expect([...slugs.values()]).toEqual(["nurse-29-1141-00", "nurse-29-1141-01", "pilot"]);
  });
});

const dir = (ids: number[]) => new Map<number, DirectoryRecord>(ids.map((id) => [id, { unitId: id, name: `U${id}`, city: null, state: "CA", control: 1, website: null }]));

describe("top colleges", () => {
  const cipSoc = [
    { cipCode: "11.0701", socCode: "15-1252" },
    { cipCode: "11.0101", socCode: "15-1252" },
    { cipCode: "11.0101", socCode: "15-1211" },
  ];

  it("ranks institutions by degrees summed over the related majors; certificates do not rank", () => {
    const { topColleges, institutions } = buildTopColleges(cipSoc, [
      {
        year: 2024,
        file: "c2024_a.parquet",
        directory: dir([1, 2, 3, 4]),
        completions: [
          { unitId: 1, cipCode: "11.0701", awardLevel: 5, total: 50 },
          { unitId: 2, cipCode: "11.0701", awardLevel: 5, total: 40 },
          { unitId: 2, cipCode: "11.0101", awardLevel: 7, total: 30 }, // 70 degrees in two majors
          { unitId: 3, cipCode: "11.0701", awardLevel: 2, total: 500 }, // certificates only: not ranked
          { unitId: 4, cipCode: "11.0101", awardLevel: 3, total: 10 },
          { unitId: 4, cipCode: "52.0201", awardLevel: 5, total: 999 }, // unrelated major
        ],
      },
    ]);
    const dev = topColleges.filter((t) => t.socCode === "15-1252");
    expect(dev.map((t) => [t.rank, t.unitId, t.degrees])).toEqual([
      [1, 2, 70],
      [2, 1, 50],
      [3, 4, 10],
    ]);
    expect(dev[0]).toMatchObject({ bachelors: 40, graduate: 30, associates: 0, certificates: 0, majors: 2, year: 2024 });
    expect(topColleges.filter((t) => t.socCode === "15-1211").map((t) => t.unitId)).toEqual([2, 4]);
    expect(institutions.map((i) => i.unitId)).toEqual([1, 2, 4]);
  });

  it("keeps the top 10 and breaks ties by awards, then UNITID", () => {
    const completions = Array.from({ length: 15 }, (_, i) => ({ unitId: 100 - i, cipCode: "11.0701", awardLevel: 5, total: 5 }));
    completions.push({ unitId: 90, cipCode: "11.0701", awardLevel: 20, total: 1 });
    const { topColleges } = buildTopColleges(cipSoc, [{ year: 2023, file: "c", directory: dir(completions.map((c) => c.unitId)), completions }]);
    const ids = topColleges.filter((t) => t.socCode === "15-1252").map((t) => t.unitId);
    expect(ids).toHaveLength(TOP_COLLEGES);
    expect(ids.slice(0, 3)).toEqual([90, 86, 87]);
  });

  it("fails naming the file when a ranked institution is not in the directory", () => {
    expect(() =>
      buildTopColleges(cipSoc, [{ year: 2024, file: "c2024_a.parquet", directory: dir([]), completions: [{ unitId: 7, cipCode: "11.0701", awardLevel: 5, total: 1 }] }]),
    ).toThrow(/c2024_a\.parquet: UNITID 7 is not in the directory hd2024\.csv/);
  });
});

describe("occupations and titles", () => {
  const socGroups = [{ code: "15-1252", level: "DETAILED" as const, title: "Software Developers", parentCode: "15-1250" }];
  const occupations = buildOccupations({
    occupations: [
      { onetCode: "15-1252.00", title: "Software Developers", description: "…" },
      { onetCode: "15-1252.01", title: "Software Developers", description: null },
    ],
    socGroups,
    statCodes: new Map([["15-1252.00", "15-1252"]]),
    jobZones: new Map<string, number | null>([
      ["15-1252.00", 4],
      ["15-1252.01", null],
    ]),
    files: { occupations: "occ.xlsx", jobZones: "jz.csv" },
  });

  it("joins SOC, statistics code and job zone", () => {
    expect(occupations[0]).toMatchObject({ socCode: "15-1252", statCode: "15-1252", jobZone: 4, majorCode: "15-0000", slug: "software-developers-15-1252-00" });
    expect(occupations[1]).toMatchObject({ statCode: null, jobZone: null });
  });

  it("refuses an O*NET code whose SOC code is not a detailed group", () => {
    expect(() =>
      buildOccupations({
        occupations: [{ onetCode: "15-9999.00", title: "X", description: null }],
        socGroups,
        statCodes: new Map(),
        jobZones: new Map([["15-9999.00", 1]]),
        files: { occupations: "occ.xlsx", jobZones: "jz.csv" },
      }),
    ).toThrow(/occ\.xlsx: 15-9999\.00: 15-9999 is not a detailed SOC 2018 code/);
  });

  it("builds the search titles, deduplicated, direct matches on the .00 code", () => {
    const { rows, unmatchedDirectMatch } = buildJobTitles({
      occupations,
      alternate: [
        { onetCode: "15-1252.00", title: "Coder", shortTitle: null, sources: 3 },
        { onetCode: "15-1252.00", title: "Coder", shortTitle: null, sources: 3 },
        { onetCode: "15-1252.01", title: "Application Developer", shortTitle: "App Dev", sources: 1 },
      ],
      reported: [{ onetCode: "15-1252.00", title: "Programmer", shownInMyNextMove: true }],
      directMatch: [
        { socCode: "15-1252", title: "Software Engineer", illustrative: false },
        { socCode: "15-1299", title: "Web Administrator", illustrative: false },
      ],
    });
    const key = (r: (typeof rows)[number]) => `${r.onetCode} ${r.kind} ${r.title} ${r.rank}`;
    expect(rows.map(key)).toEqual([
      `15-1252.00 OCCUPATION Software Developers ${TITLE_RANK.OCCUPATION}`,
      `15-1252.01 OCCUPATION Software Developers ${TITLE_RANK.OCCUPATION}`,
      `15-1252.00 REPORTED Programmer ${TITLE_RANK.REPORTED_SHOWN}`,
      `15-1252.00 ALTERNATE Coder ${TITLE_RANK.ALTERNATE + 3}`,
      `15-1252.01 ALTERNATE Application Developer ${TITLE_RANK.ALTERNATE + 1}`,
      `15-1252.01 SHORT App Dev ${TITLE_RANK.SHORT}`,
      `15-1252.00 DIRECT_MATCH Software Engineer ${TITLE_RANK.DIRECT_MATCH}`,
    ]);
    expect(rows.find((r) => r.title === "Software Engineer")?.normalized).toBe("software engineer");
    expect(rows.find((r) => r.title === "App Dev")?.normalized).toBe("app dev");
    expect(unmatchedDirectMatch).toEqual(["15-1299"]);
  });
});
