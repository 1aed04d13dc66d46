import { config } from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * zod compiles object parsers with `new Function` when it may, and probes whether it may by trying
 * one; under the app's Content-Security-Policy (no eval) even the caught probe is reported as a
 * violation. Jitless parsing needs neither. It must be set before the first schema is built, which is
 * why the schema module imports this one first. zod/mini carries no messages of its own: English
 * ones are loaded here, so a reader learns what "invalid input" was expected to be.
 */
config({ jitless: true, ...en() });
