/**
 * Where the build writes the first part of the reader's matcher file (`matcher-bytes.ts`,
 * `matcher-parts.ts`) in the extension's package. A module of its own: the first stage starts
 * reading it as it loads the reader, and a module both stages imported would be bundled into the
 * first.
 */
export const MATCHER_FILE = 'assets/matcher-0.bin';
