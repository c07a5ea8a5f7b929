/**
 * A message bundle: English is the reference; Korean must carry exactly the same keys.
 * The type makes a missing or extra Korean key a compile error; a unit test checks the
 * merged catalogue at run time too, so a key added with a cast cannot slip through.
 */
export function defineMessages<const T extends Record<string, string>>(bundle: {
  en: T;
  ko: { [K in keyof T]: string };
}) {
  return bundle;
}
