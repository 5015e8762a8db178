import { describe, expect, it } from "vitest";
import { stringifyJson } from "../../src/protocol/stringify-json.js";

describe("stringifyJson", () => {
  it("writes bigints as bare numbers with every digit, as the SDK does", () => {
    expect(stringifyJson({ BatchSize: 5n, Nested: { Big: -12345678901234567890n }, List: [1n, "1"] })).toBe('{"BatchSize":5,"Nested":{"Big":-12345678901234567890},"List":[1,"1"]}');
  });

  it("leaves strings that look like its marker alone", () => {
    const value = { A: "bigint-abc:12", B: 3n };
    expect(JSON.parse(stringifyJson(value).replace(/3}$/, '"3"}'))).toEqual({ A: "bigint-abc:12", B: "3" });
  });

  it("is JSON.stringify for everything else", () => {
    const value = { s: 'quote " and \\ and \u2028', n: 1.5, b: false, z: null, d: new Date(0), u: undefined };
    expect(stringifyJson(value)).toBe(JSON.stringify(value));
  });
});
