import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Guards the public surface: every export of each entry point carries TSDoc, and no public type
// mentions `any`. Reads the real sources through the TypeScript compiler.
const root = join(import.meta.dirname, "..", "..");
const entries = ["src/index.ts", "src/local/index.ts"].map((f) => join(root, f));
const program = ts.createProgram(entries, { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, skipLibCheck: true, noEmit: true });
const checker = program.getTypeChecker();

function exportedSymbols(entry: string): ts.Symbol[] {
  const source = program.getSourceFile(entry)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(moduleSymbol).map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s));
}

function hasDoc(symbol: ts.Symbol): boolean {
  if (symbol.getDocumentationComment(checker).length > 0) return true;
  return (symbol.declarations ?? []).some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
}

describe("public API", () => {
  for (const entry of entries) {
    const name = entry.slice(root.length + 1);
    it(`${name}: every export has TSDoc`, () => {
      const symbols = exportedSymbols(entry);
      expect(symbols.length).toBeGreaterThan(0);
      expect(symbols.filter((s) => !hasDoc(s)).map((s) => s.getName())).toEqual([]);
    });

    it(`${name}: no exported declaration is typed with any`, () => {
      const offenders: string[] = [];
      for (const symbol of exportedSymbols(entry)) {
        for (const declaration of symbol.declarations ?? []) {
          const visit = (node: ts.Node): void => {
            if (node.kind === ts.SyntaxKind.AnyKeyword) offenders.push(`${symbol.getName()} (${node.getSourceFile().fileName.slice(root.length + 1)})`);
            // Function bodies are implementation, not public types.
            if (ts.isBlock(node)) return;
            ts.forEachChild(node, visit);
          };
          visit(declaration);
        }
      }
      expect(offenders).toEqual([]);
    });
  }
});
