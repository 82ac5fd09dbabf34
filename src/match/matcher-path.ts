/**
 * Where the build writes the reader's matcher file (`matcher-bytes.ts`) in the extension's package.
 * A module of its own: the first stage starts reading the file, the reader parses it, and a module
 * both import would be bundled into the first stage.
 */
export const MATCHER_FILE = 'assets/matcher.bin';
