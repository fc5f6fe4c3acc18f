import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatCountCompact,
  formatHourly,
  formatHourlyWage,
  formatMoney,
  formatMoneyRange,
  formatMoneyShort,
  formatPercent,
  formatWage,
  formatYears,
  oewsPeriod,
} from "@/lib/format";

describe("money", () => {
  it("formats yearly pay in whole dollars", () => {
    expect(formatMoney(61860)).toBe("$61,860");
    expect(formatMoney(742310)).toBe("$742,310");
    expect(formatMoney(0)).toBe("$0");
    expect(formatMoney(-27000)).toBe("−$27,000");
  });
  it("shows top-coded values as at or above the top-code", () => {
    expect(formatMoney(null, { topCoded: true })).toBe("≥ $239,200");
    expect(formatWage({ value: null, topCoded: true })).toBe("≥ $239,200");
    expect(formatHourly(null, { topCoded: true })).toBe("≥ $115.00/hr");
    expect(formatHourlyWage({ value: null, topCoded: true })).toBe("≥ $115.00/hr");
  });
  it("never turns a missing value into zero", () => {
    expect(formatMoney(null)).toBe("not published");
    expect(formatMoney(undefined)).toBe("not published");
    expect(formatMoney(Number.NaN)).toBe("not published");
    expect(formatWage({ value: null, suppressed: true })).toBe("not published");
    expect(formatHourly(null)).toBe("not published");
  });
  it("formats hourly pay with cents", () => {
    expect(formatHourly(29.74)).toBe("$29.74/hr");
    expect(formatHourly(38)).toBe("$38.00/hr");
  });
  it("formats ranges and short axis labels", () => {
    expect(formatMoneyRange({ value: 40980 }, { value: 100540 })).toBe("$40,980 – $100,540");
    expect(formatMoneyRange({ value: 57010 }, { value: null, topCoded: true })).toBe("$57,010 – ≥ $239,200");
    expect(formatMoneyShort(61860)).toBe("$61.9k");
    expect(formatMoneyShort(239200)).toBe("$239k");
    expect(formatMoneyShort(1_250_000)).toBe("$1.3M");
    expect(formatMoneyShort(0)).toBe("$0");
    expect(formatMoneyShort(null)).toBe("–");
  });
});

describe("percentages, counts, years", () => {
  it("formats percentages, signed when asked", () => {
    expect(formatPercent(25.8)).toBe("25.8%");
    expect(formatPercent(-3.7, { signed: true })).toBe("−3.7%");
    expect(formatPercent(3.1, { signed: true })).toBe("+3.1%");
    expect(formatPercent(0, { signed: true })).toBe("0%");
    expect(formatPercent(12.345, { digits: 0 })).toBe("12%");
    expect(formatPercent(null)).toBe("not available");
  });
  it("formats counts", () => {
    expect(formatCount(717190)).toBe("717,190");
    expect(formatCount(-27000)).toBe("−27,000");
    expect(formatCount(null)).toBe("not published");
    expect(formatCountCompact(3_300_000)).toBe("3.3 million");
    expect(formatCountCompact(717190)).toBe("717,190");
  });
  it("formats years and OEWS periods", () => {
    expect(formatYears(42.4)).toBe("42.4 years");
    expect(formatYears(null)).toBe("not available");
    expect(oewsPeriod(2025)).toBe("May 2025");
  });
});
