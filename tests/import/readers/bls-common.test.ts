import { describe, expect, it } from "vitest";
import { SourceError } from "@/lib/import/errors";
import {
  FigureRow,
  STATE_FIPS,
  cleanText,
  columnIndex,
  inferOccupationLevels,
  isDetailedSoc,
  readFigure,
  readFlag,
  readSocCode,
} from "@/lib/import/readers/bls-common";

const at = { file: "/data/x.csv", sheet: "S", row: 7 };

describe("bls-common: value formats", () => {
  it("reads numbers written in any of the published ways", () => {
    expect(readFigure(53400, at, "A")).toEqual({ kind: "value", value: 53400 });
    expect(readFigure("53,400", at, "A")).toEqual({ kind: "value", value: 53400 });
    expect(readFigure(" 1,579.8 ", at, "A")).toEqual({ kind: "value", value: 1579.8 });
    expect(readFigure("-12.5", at, "A")).toEqual({ kind: "value", value: -12.5 });
    expect(readFigure("\uFEFF42", at, "A")).toEqual({ kind: "value", value: 42 });
    expect(readFigure('="17"', at, "A")).toEqual({ kind: "value", value: 17 });
  });

  it("classifies BLS special values instead of turning them into numbers", () => {
    for (const s of ["*", "**", "–", "N/A"]) expect(readFigure(s, at, "A").kind).toBe("suppressed");
    for (const s of ["#", ">=239,200"]) expect(readFigure(s, at, "A").kind).toBe("topCoded");
    expect(readFigure("~", at, "A").kind).toBe("belowThreshold");
    expect(readFigure(null, at, "A").kind).toBe("empty");
    expect(readFigure("", at, "A").kind).toBe("empty");
  });

  it("rejects garbage with a SourceError naming file, sheet, row and column", () => {
    expect(() => readFigure("12 apples", at, "A_MEAN")).toThrow(SourceError);
    expect(() => readFigure("12 apples", at, "A_MEAN")).toThrow(/\/data\/x\.csv, sheet "S", row 7: column A_MEAN/);
  });

  it("cleans codes written as Excel formulas, with BOM or blanks", () => {
    expect(cleanText('="13-2011"')).toBe("13-2011");
    expect(cleanText("\uFEFFAREA_TITLE")).toBe("AREA_TITLE");
    expect(readSocCode(' ="15-1232" ', at, "OCC_CODE")).toBe("15-1232");
    expect(() => readSocCode("15-12", at, "OCC_CODE")).toThrow(/not an occupation code/);
  });

  it("reads TRUE/empty flags", () => {
    expect(readFlag("TRUE", at, "ANNUAL")).toBe(true);
    expect(readFlag(true, at, "ANNUAL")).toBe(true);
    expect(readFlag("", at, "ANNUAL")).toBe(false);
    expect(readFlag(null, at, "ANNUAL")).toBe(false);
    expect(() => readFlag("maybe", at, "ANNUAL")).toThrow(SourceError);
  });

  it("FigureRow stores null + the field name for markers, scales and rounds", () => {
    const f = new FigureRow(at);
    f.set("employment", "1,579.8", "E", { int: true, scale: 1000 });
    f.set("annualP90", "#", "A_PCT90", { int: true });
    f.set("hourlyMean", "*", "H_MEAN");
    f.set("jobsPer1000", null, "JOBS_1000");
    f.set("pct", "~", "PCT_RPT");
    f.set("x", 0.1 * 3, "X");
    expect(f.values).toEqual({ employment: 1579800, annualP90: null, hourlyMean: null, jobsPer1000: null, pct: null, x: 0.3 });
    expect(f.topCoded).toEqual(["annualP90"]);
    expect(f.suppressed).toEqual(["hourlyMean"]);
    expect(f.belowThreshold).toEqual(["pct"]);
  });
});

describe("bls-common: headers and codes", () => {
  it("finds columns by header name, loosely (case, BOM, line breaks)", () => {
    const col = columnIndex(["\uFEFFArea_Title", "OCC_CODE", "Total\nemployed"], ["AREA_TITLE", "OCC_CODE", "Total employed"], at, ["X"]);
    expect(col).toEqual({ AREA_TITLE: 0, OCC_CODE: 1, "Total employed": 2, X: -1 });
  });

  it("throws a SourceError listing every missing required column", () => {
    const run = () => columnIndex(["AREA_TITLE"], ["AREA_TITLE", "OCC_CODE", "A_MEAN"], at);
    expect(run).toThrow(SourceError);
    expect(run).toThrow(/\/data\/x\.csv, sheet "S", row 7: required columns missing: OCC_CODE, A_MEAN/);
  });

  it("tells detailed codes from groups", () => {
    expect(isDetailedSoc("15-1232")).toBe(true);
    for (const c of ["15-1230", "15-1200", "15-0000", "00-0000"]) expect(isDetailedSoc(c)).toBe(false);
  });

  it("infers OEWS levels, treating a broad code without published children as detailed", () => {
    const level = inferOccupationLevels(["00-0000", "13-0000", "13-1000", "13-1020", "13-1030", "13-1031", "13-1032"]);
    expect(["00-0000", "13-0000", "13-1000", "13-1030", "13-1031", "13-1020"].map(level)).toEqual([
      "total",
      "major",
      "minor",
      "broad",
      "detailed",
      "detailed",
    ]);
  });

  it("has the 50 states and DC", () => {
    expect(Object.keys(STATE_FIPS)).toHaveLength(51);
    expect(STATE_FIPS["District of Columbia"]).toBe("11");
    expect(STATE_FIPS.California).toBe("06");
  });
});
