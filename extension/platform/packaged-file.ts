/**
 * Reads a file packaged with the extension. This is the extension's only `fetch`, and it can
 * reach nothing but the extension's own package: the URL is always `runtime.getURL` of a path
 * inside it, so no request leaves the browser. (ESLint allows `fetch` in this file alone.) It has
 * no webextension-polyfill: the first stage starts the read.
 */
import { packagedURL } from './native';

export async function readPackagedFile(path: string): Promise<ArrayBuffer> {
  if (/^[a-z]+:|^\/\/|\.\./i.test(path)) throw new Error(`not a packaged path: ${path}`);
  const response = await fetch(packagedURL(path));
  if (!response.ok) throw new Error(`packaged file ${path}: ${response.status}`);
  return response.arrayBuffer();
}
