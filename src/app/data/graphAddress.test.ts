import { describe, expect, it } from "vitest";
import { GraphLoadError } from "./GraphLoadError";
import { resolveGraphAddress } from "./graphAddress";

const PAGE = "https://explorer.example/app/?graph=x";

function refusal(address: string, allowed: string[] = []): GraphLoadError {
  try {
    resolveGraphAddress(address, PAGE, allowed);
  } catch (error) {
    if (error instanceof GraphLoadError) return error;
    throw error;
  }
  throw new Error(`${address} was accepted`);
}

describe("resolveGraphAddress", () => {
  it("resolves relative and same-site addresses against the page, as a link would", () => {
    expect(resolveGraphAddress("graphs/a.json", PAGE).href).toBe(
      "https://explorer.example/app/graphs/a.json",
    );
    expect(resolveGraphAddress("/g.json", PAGE).href).toBe("https://explorer.example/g.json");
    expect(resolveGraphAddress("https://explorer.example/x/g.json", PAGE).pathname).toBe(
      "/x/g.json",
    );
  });

  it("refuses another site, unless the host allows it", () => {
    const { summary, details } = refusal("https://elsewhere.example/g.json");
    expect(summary).toBe("This graph is on another site, which this app does not read from.");
    expect(details).toEqual([
      "The link asks for “https://elsewhere.example/g.json”; graphs are read from this site (https://explorer.example) only.",
    ]);
    expect(
      resolveGraphAddress("https://elsewhere.example/g.json", PAGE, ["https://elsewhere.example"])
        .host,
    ).toBe("elsewhere.example");
  });

  it("refuses what is not a web address: scripts, data, protocol-relative hosts", () => {
    for (const address of ["javascript:alert(1)", "data:application/json,{}", "//evil.example/g"]) {
      expect(refusal(address).summary).toMatch(/another site/);
    }
    expect(refusal("http://[::1").summary).toBe("The graph address is not an address.");
  });
});
