import { afterEach, vi } from "vitest";

// A test that makes the code under test log an unexpected console.error fails.
const errors: unknown[][] = [];
const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  errors.push(args);
});

afterEach(() => {
  const logged = errors.splice(0);
  if (logged.length) {
    spy.mockClear();
    throw new Error(`Unexpected console.error:\n${logged.map((a) => a.map(String).join(" ")).join("\n")}`);
  }
});
