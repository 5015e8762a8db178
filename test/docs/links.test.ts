import { existsSync, readdirSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { readRepoFile, root } from "./doc-samples.js";

// The pages link to files and sections that exist, and README links to every page.

const pages = ["README.md", "CONTRIBUTING.md", "examples/README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\- ]/g, "")
    .replace(/ /g, "-");

const anchorsOf = (page: string) => new Set([...readRepoFile(page).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));

describe("links between the pages", () => {
  it.each(pages)("%s links only to files and headings that exist", (page) => {
    const broken: string[] = [];
    // Markdown links outside code: [text](target), skipping URLs and mail.
    const text = readRepoFile(page).replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!)) continue;
      const [path, anchor] = target!.split("#") as [string, string | undefined];
      const file = path ? normalize(join(dirname(page), path)) : page;
      if (!existsSync(join(root, file))) broken.push(`${target} (no file ${file})`);
      else if (anchor && file.endsWith(".md") && !anchorsOf(file).has(anchor)) broken.push(`${target} (no heading #${anchor} in ${file})`);
    }
    expect(broken).toEqual([]);
  });

  it("README links to every page of docs/ and to the examples", () => {
    const readme = readRepoFile("README.md");
    const missing = pages.filter((p) => p.startsWith("docs/") && !readme.includes(`](${p})`));
    expect(missing).toEqual([]);
    expect(readme).toContain("](examples/README.md)");
  });
});
