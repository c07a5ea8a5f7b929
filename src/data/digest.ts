/**
 * A short fingerprint of a data file's bytes, the same at build time (the prerender plugin
 * records it in each page's `data-digest`) and at run time (the loader computes it on what it
 * fetched), so the page can tell that an administrator replaced the file after the build.
 *
 * Not cryptographic: it only has to tell two versions of one file apart, on a plain-http
 * intranet too, where crypto.subtle does not exist. cyrb53 (two multiplicative 32-bit lanes,
 * 53 bits), about a millisecond for a 100 KB file.
 */
export function digestBytes(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    h1 = Math.imul(h1 ^ byte, 2654435761);
    h2 = Math.imul(h2 ^ byte, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
