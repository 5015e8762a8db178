import { parseXML } from "@aws-sdk/xml-builder";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseXml } from "../../src/credentials/parse-xml.js";

// src/credentials/parse-xml.ts is a port of @aws-sdk/xml-builder's parser (the one the SDK's STS client reads answers
// with), so the oracle is that package (a devDependency now): the same tree, in the same key order, or the same error
// message, for STS answers, hand-picked edge cases, random documents and random damage to them.

/** What a parser made of a document: the tree as JSON (key order included) or the error message. */
const outcome = (parse: (xml: string) => unknown, xml: string): string => {
  try {
    return `value ${JSON.stringify(parse(xml))}`;
  } catch (error) {
    return `error ${(error as Error).message}`;
  }
};
const same = (xml: string) => expect(outcome(parseXml, xml), xml).toBe(outcome(parseXML, xml));

const ASSUME_ROLE = `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <SourceIdentity>DevUser123</SourceIdentity>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/demo/John</Arn>
      <AssumedRoleId>ARO123EXAMPLE123:John</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>
      <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>
      <SessionToken>AQoDYXdzEPT//////////wEXAMPLEtc764&amp;x</SessionToken>
      <Expiration>2019-11-09T13:34:41Z</Expiration>
    </Credentials>
    <PackedPolicySize>6</PackedPolicySize>
  </AssumeRoleResult>
  <ResponseMetadata>
    <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
  </ResponseMetadata>
</AssumeRoleResponse>`;

describe("parseXml against @aws-sdk/xml-builder's parseXML", () => {
  it.each([
    ["an AssumeRole answer", ASSUME_ROLE],
    ["an STS error answer", `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\r\n<Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Not authorized &lt;x&gt;</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`],
    ["a truncated answer", `<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>AS`],
    ["mismatched tags", `<A><B>x</C></A>`],
    ["a prolog, comment, DOCTYPE and CDATA", `<?xml version="1.0"?>\n<!-- c --><!doctype a [<!ENTITY x "y">]><A><![CDATA[<raw>&amp;]]> t &#65;&#x42;&nope;<!-- in --><?pi x?></A>`],
    ["repeated children, attributes and mixed text", `<A k='v' j="&quot;w&quot;"> lead <B>1</B><B>2</B><B/><C x="1"/>tail</A>`],
    ["empty and blank elements", `<A><B></B><C>\n  </C><D>  </D><E/></A>`],
    ["__proto__ as an attribute name", `<A __proto__="x"><b>2</b></A>`],
    ["no root element", ` \n <!-- only a comment -->`],
    ["content before the root", `text<A/>`],
    ["an unclosed comment", `<A><!-- never closed</A>`],
    ["an unclosed DOCTYPE", `<!DOCTYPE a [ <A/>`],
    ["a bad self-closing tag", `<A/ >`],
    ["a bad opening tag", `<A b>x</A>`],
    ["an empty document", ``],
  ])("%s", (_name, xml) => same(xml));

  it("differs on purpose for a child named after an Object member: its value, where the SDK's makes it [inherited, value]", () => {
    // No STS answer has such an element, and the chain reads only Credentials, AccessKeyId, ... — never affected.
    for (const tag of ["__proto__", "toString", "constructor"]) {
      expect(JSON.stringify(parseXML(`<A><${tag}>1</${tag}></A>`))).toBe(`{"A":{"${tag}":[null,"1"]}}`);
      expect(parseXml(`<A><${tag}>1</${tag}><b/></A>`)).toEqual({ A: { [tag]: "1", b: "" } });
    }
  });

  it("random documents give the same tree, and random damage to them the same error", () => {
    const name = fc.constantFrom("A", "B", "Code", "Message", "Error", "a-b", "x:y", "#text");
    const text = fc.stringMatching(/^[a-z &<>;#x0-9\n\t\r'"]{0,12}$/).map((s) => s.replace(/</g, "&lt;"));
    const attr = fc.tuple(fc.constantFrom("k", "xmlns", "B", "__proto__"), fc.stringMatching(/^[a-z &;]{0,6}$/), fc.constantFrom('"', "'"));
    const { element } = fc.letrec<{ element: string; node: string }>((tie) => ({
      element: fc
        .tuple(name, fc.array(attr, { maxLength: 2 }), fc.array(tie("node"), { maxLength: 4 }), fc.boolean())
        .map(([tag, attrs, nodes, selfClose]) => {
          const open = `<${tag}${attrs.map(([k, v, q]) => ` ${k}=${q}${v}${q}`).join("")}`;
          return selfClose && nodes.length === 0 ? `${open}/>` : `${open}>${nodes.join("")}</${tag}>`;
        }),
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        text,
        text.map((t) => `<![CDATA[${t}]]>`),
        fc.constant("<!-- c -->"),
        fc.constant("\n  "),
        tie("element"),
      ),
    }));
    const document = fc.tuple(fc.constantFrom("", '<?xml version="1.0"?>\n', "<!DOCTYPE x>"), element).map(([prolog, root]) => prolog + root);
    fc.assert(
      fc.property(document, fc.nat(), fc.nat(), fc.constantFrom("", "<", ">", "/", '"', "&", "]]>", "-->"), (xml, at, len, insert) => {
        same(xml);
        const cut = at % (xml.length + 1);
        same(xml.slice(0, cut));
        same(xml.slice(0, cut) + insert + xml.slice(cut + (len % 3)));
      }),
      { numRuns: 400 },
    );
  });
});
