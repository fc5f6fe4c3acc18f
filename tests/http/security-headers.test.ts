import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.js";

describe("security headers", () => {
  it("apply to every route", async () => {
    const rules = await nextConfig.headers!();
    expect(rules).toHaveLength(1);
    expect(rules[0].source).toBe("/:path*");
  });

  it("carry a static CSP that forbids plugins, <base>, framing and foreign origins", async () => {
    const [rule] = await nextConfig.headers!();
    const header = (key: string) => rule.headers.find((h) => h.key === key)?.value;
    const csp = Object.fromEntries(header("Content-Security-Policy")!.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
    expect(JSON.stringify(csp)).not.toMatch(/nonce|\*/);
    expect(Number(/max-age=(\d+)/.exec(header("Strict-Transport-Security")!)![1])).toBeGreaterThanOrEqual(365 * 24 * 3600);
    expect(header("X-Content-Type-Options")).toBe("nosniff");
    expect(header("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });
});
