import { describe, expect, it } from "vitest";
import { parseShorthand } from "../../src/cli/shorthand.js";
import { DEBIAN_PYTHON, thirdPartyTool } from "../support/third-party-tool.js";
import { runProcess } from "./support/cli-runner.js";

/*
 * The shorthand parser against the AWS CLI's own (awscli.shorthand.ShorthandParser, run in one Python process) on
 * the inputs of aws-cli's tests/unit/test_shorthand.py (PARSING_TEST_CASES and its error cases) plus this API's
 * shapes: the same values, and an error wherever the AWS CLI has one (same message).
 */
const available = thirdPartyTool("AWS CLI v2 (Debian awscli) for its shorthand parser", [DEBIAN_PYTHON, "-c", "import awscli.shorthand"]);

const INPUTS = [
  "foo=bar", "foo=bar,baz=qux", "a=b,c=d,e=f", "foo=", "foo=,bar=", "foo=\u2713", "foo=\u2713,\u2713", "foo=a,b", "foo=a,b,c",
  "foo=a,b,bar=c,d", "foo=a,b,c,bar=d,e,f", "foo=a,b=with space", "foo=a,b=with trailing space  ", "foo=first space",
  "with-dash=bar", "with_underscore=bar", "with.dot=bar", "#key=value", "some/thing=value", "aws:service:region:124:foo/bar=baz",
  "foo=[]", "foo=[a]", "foo=[a,b]", "foo=[a,b],bar=c,d", "foo=[a,b],bar=[c,d]", "foo=a,b,bar=[c,d]", "foo=[a=b,c=d]",
  "foo=[ a , b  , c  ]", "foo  =  [ a , b  , c  ]", "foo=[,,]", "foo='bar'", "foo='bar,baz'", "foo='bar','baz'", "foo=bar,'baz'",
  "foo=bar,'baz=qux'", "foo='bar\\'baz'", "foo='bar\\\\baz'", 'foo="bar"', 'foo="bar,baz"', 'foo="bar","baz"', 'foo="bar\\"baz"',
  "foo=a\\,b", "foo=a\\,", "foo=\\,", "foo=a,b\\,c", "foo={a=b}", "foo={a=b,c=d}", "foo={a=[b,c]}", "foo={a={b=c}}", "foo=[{a=b},{a=c}]",
  "foo=bar,foo=baz", "foo", "=bar", "foo=[a,b", "foo={a=b", "foo=[a,b]]", "foo=a,b,", "foo=bar baz=qux",
  'Filters=[{Pattern="{\\"body\\":{\\"type\\":[\\"order\\"]}}"}]', "MaximumConcurrency=5", "OnFailure={Destination=arn:aws:sqs:us-east-1:123456789012:dlq}",
  "Endpoints={KAFKA_BOOTSTRAP_SERVERS=[b-1:9092,b-2:9092]}", "Type=BASIC_AUTH,URI=arn:aws:secretsmanager:us-east-1:123456789012:secret:k",
];

const PYTHON = `
import json, sys
from awscli.shorthand import ShorthandParser, ShorthandParseError
out = []
for value in json.load(sys.stdin):
    try:
        out.append({"value": ShorthandParser().parse(value)})
    except ShorthandParseError as e:
        out.append({"error": str(e)})
print(json.dumps(out))
`;

describe.skipIf(!available)("parseShorthand", () => {
  it("parses every input to what the AWS CLI's ShorthandParser gives, errors included", async () => {
    const run = await runProcess(DEBIAN_PYTHON, ["-c", PYTHON], { PATH: process.env.PATH, LANG: "C.UTF-8" }, process.cwd(), JSON.stringify(INPUTS));
    expect(run.code, run.stderr).toBe(0);
    const expected = JSON.parse(run.stdout) as ({ value: unknown } | { error: string })[];
    expect(expected.filter((e) => "error" in e).length).toBeGreaterThan(4);
    INPUTS.forEach((input, i) => {
      let actual: { value: unknown } | { error: string };
      try {
        actual = { value: parseShorthand(input) };
      } catch (error) {
        actual = { error: (error as Error).message };
      }
      expect(actual, input).toEqual(expected[i]);
    });
  });
});
