import { afterEach, describe, expect, it, vi } from "vitest";
import { thirdPartyTool, underCi } from "./third-party-tool.js";

// A command that cannot exist, so the probe fails the way a missing Debian package does.
const MISSING = ["/nonexistent/esm-conformance-tool", "--version"];
const saved = process.env.CI;

afterEach(() => {
  if (saved === undefined) delete process.env.CI;
  else process.env.CI = saved;
  vi.restoreAllMocks();
});

describe("third-party tools the conformance suites drive", () => {
  it.each(["true", "1", "yes", "TRUE", "github-actions"])("under CI=%j a missing tool throws (the suite fails, never skips)", (value) => {
    process.env.CI = value;
    expect(() => thirdPartyTool("Some tool", MISSING)).toThrow("Some tool is required under CI (.ci/run installs it), but `/nonexistent/esm-conformance-tool --version` failed");
  });

  it.each([undefined, "", "0", "false", "False"])("with CI=%j a missing tool skips with a notice on stderr", (value) => {
    if (value === undefined) delete process.env.CI;
    else process.env.CI = value;
    const notices: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => notices.push(String(chunk)) > 0);
    expect(thirdPartyTool("Some tool", MISSING)).toBe(false);
    expect(notices.join("")).toContain("NOTICE: Some tool is not installed (`/nonexistent/esm-conformance-tool --version` failed): its conformance tests are skipped");
  });

  it("a tool that runs is available, under CI or not", () => {
    process.env.CI = "true";
    expect(thirdPartyTool("node", [process.execPath, "--version"])).toBe(true);
    delete process.env.CI;
    expect(thirdPartyTool("node", [process.execPath, "--version"])).toBe(true);
  });

  it("reads CI from the given environment", () => {
    expect(underCi({ CI: "true" })).toBe(true);
    expect(underCi({})).toBe(false);
  });
});
