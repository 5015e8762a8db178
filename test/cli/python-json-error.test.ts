import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { pythonJsonError } from "../../src/cli/python-json-error.js";
import { DEBIAN_PYTHON, thirdPartyTool } from "../support/third-party-tool.js";

/*
 * pythonJsonError against Python's own json.loads (Debian's python3, the interpreter the AWS CLI runs on): for valid
 * texts, hand-picked mistakes and a few hundred seeded mutations of real parameter values, the same message at the
 * same line, column and character, or both accept.
 */
const available = thirdPartyTool("Debian python3", [DEBIAN_PYTHON, "--version"]);

const SEEDS = [
  '{"Filters":[{"Pattern":"{\\"body\\":{\\"type\\":[\\"order\\"]}}"}]}',
  '[1, 2.5e3, -0, true, false, null, "x\\u00e9\\n", "\\ud83d\\ude00"]',
  '{"OnFailure": {"Destination": "arn:aws:sqs:us-east-1:123456789012:dlq"}}\n',
  ' {"k" : "v" ,\n "n": 12 } ',
];
const HAND_PICKED = [
  "", " ", "{", "[", "[1,", "[1,]", '{"a":1,}', '{"a" 1}', '"abc', '"\\q"', '"\\u12"', '"\\u12zz"', '"x\\u00e9', '"\\ud83d\\uzzzz"',
  "1 2", "-", "1.", "1e", "tru", "\ufeff{}", '{"a":}', "[1 2]", '{"a":1 "b":2}', "\n\n  {x", '"a\u0001"', "NaN", "[-Infinity]", '"\u{1F600}" x',
];

function mutations(count: number): string[] {
  const alphabet = ['"', "{", "}", "[", "]", ",", ":", " ", "\\", "u", "1", "-", ".", "e", "x", "\n", "\u0001", "n"];
  let state = 20261203;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  const out: string[] = [];
  for (const seed of SEEDS) {
    for (let k = 0; k < count; k++) {
      const i = random(seed.length + 1);
      const op = random(3);
      out.push(op === 0 ? seed.slice(0, i) + seed.slice(i + 1) : op === 1 ? seed.slice(0, i) + alphabet[random(alphabet.length)] + seed.slice(i) : seed.slice(0, i));
    }
  }
  return out;
}

describe.skipIf(!available)("pythonJsonError", () => {
  it("says what Python's json.loads says, where it says it", { timeout: 60_000 }, () => {
    const texts = [...new Set([...SEEDS, ...HAND_PICKED, ...mutations(150)])];
    const python = spawnSync(
      DEBIAN_PYTHON,
      ["-c", "import json,sys\nout=[]\nfor t in json.load(sys.stdin):\n    try:\n        json.loads(t); out.append(None)\n    except json.JSONDecodeError as e:\n        out.append(str(e))\nprint(json.dumps(out))"],
      { input: JSON.stringify(texts), encoding: "utf8", timeout: 60_000 },
    );
    expect(python.status, python.stderr).toBe(0);
    const theirs = JSON.parse(python.stdout) as (string | null)[];
    const differences = texts.map((text, i) => ({ text, python: theirs[i], ours: pythonJsonError(text) ?? null })).filter((d) => d.python !== d.ours);
    expect(differences).toEqual([]);
    // The comparison is not vacuous: most mutations are errors, of several kinds.
    const kinds = new Set(theirs.filter((m): m is string => m !== null).map((m) => m.replace(/:? line \d+.*$/, "")));
    expect(kinds.size).toBeGreaterThanOrEqual(8);
  });
});
