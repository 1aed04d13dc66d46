/**
 * Workers under the Content-Security-Policy's Trusted Types: a worker's script address is a sink
 * that refuses plain strings, so it goes through one named policy that lets through only this
 * site's own scripts. (TypeScript's DOM library does not describe Trusted Types yet.)
 */
interface TrustedTypePolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}

declare global {
  interface Window {
    trustedTypes?: TrustedTypePolicyFactory;
  }
}

export const WORKER_POLICY = "explorer-worker";

let policy: { createScriptURL(url: string): unknown } | undefined;

function scriptUrl(url: string): string | URL {
  policy ??= window.trustedTypes?.createPolicy(WORKER_POLICY, {
    createScriptURL(candidate) {
      const resolved = new URL(candidate, document.baseURI);
      if (resolved.origin !== window.location.origin) {
        throw new Error(`a worker must come from this site, not ${resolved.origin}`);
      }
      return resolved.href;
    },
  });
  // The policy's value is a TrustedScriptURL, which the Worker constructor takes as it would a string.
  return policy ? (policy.createScriptURL(url) as string) : url;
}

/** A module worker from one of this site's own scripts. */
export function startWorker(url: string): Worker {
  return new Worker(scriptUrl(url), { type: "module" });
}
