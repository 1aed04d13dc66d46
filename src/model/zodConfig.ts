import { z } from "zod";

/**
 * zod compiles object parsers with `new Function` when it may, and probes whether it may by trying
 * one; under the app's Content-Security-Policy (no eval) even the caught probe is reported as a
 * violation. Jitless parsing needs neither. It must be set before the first schema is built, which is
 * why the schema module imports this one first.
 */
z.config({ jitless: true });
