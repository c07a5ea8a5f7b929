import { plainNumber } from './format';
import { common } from './messages/common';
import type { energy } from './messages/energy';
import type { faq } from './messages/faq';
import type { fusion } from './messages/fusion';
import type { overview } from './messages/overview';
import type { present } from './messages/present';
import { share } from './messages/share';
import type { sources } from './messages/sources';
import type { stargate } from './messages/stargate';
import type { TopicId } from '../topics';

/**
 * The one catalogue of user-visible strings. Each area keeps its bundle in messages/.
 *
 * The shell's strings (common, share) are here from the start. Every other area's bundle
 * registers itself when it is imported, and the code that shows an area's strings imports its
 * bundle, so strings travel in the same chunk as the view that shows them and the entry stays
 * small. Adding an area is one bundle file and one name in `Bundle` below; a topic's bundle goes
 * in `TopicBundles`, which must name every topic of src/topics.ts and no other.
 */
/** Compiles only for a map with exactly one entry per topic: none missing, none extra. */
type OnePerTopic<T extends Record<TopicId, unknown> & Record<Exclude<keyof T, TopicId>, never>> = T;
type TopicBundles = { stargate: typeof stargate; fusion: typeof fusion; energy: typeof energy };
type Bundle =
  | typeof common
  | typeof share
  | typeof overview
  | typeof sources
  | typeof present
  | OnePerTopic<TopicBundles>[TopicId]
  | typeof faq;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
export type MessageKey = keyof UnionToIntersection<Bundle['en']>;
export type Lang = 'en' | 'ko';
export const langs: readonly Lang[] = ['en', 'ko'];

/** Every string registered so far, by language. */
export const catalogue: Record<Lang, Partial<Record<MessageKey, string>>> = { en: {}, ko: {} };

/** Adds a bundle's strings to the catalogue; a bundle module calls it on itself. */
export function registerMessages<
  T extends { en: Record<string, string>; ko: Record<string, string> },
>(bundle: T): T {
  Object.assign(catalogue.en, bundle.en);
  Object.assign(catalogue.ko, bundle.ko);
  return bundle;
}

registerMessages(common);
registerMessages(share);

/** Replaces `{name}` placeholders; unknown placeholders are left visible, never dropped. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!(name in params)) return match;
    const value = params[name];
    // A raw number is written out in full, never as "NaN", "Infinity" or "1e+21".
    return typeof value === 'number' ? plainNumber(value) : String(value);
  });
}

/**
 * The string for `key`. A key whose bundle has not been imported is a defect in the importing
 * code: it is reported on the console (which every browser test fails on) and shown as the key.
 */
export function translate(
  lang: Lang,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const template = catalogue[lang][key];
  if (template === undefined) {
    console.error(
      `No message "${key}": the code that shows it must import its bundle from src/i18n/messages.`,
    );
    return key;
  }
  return interpolate(template, params);
}

/** For keys composed at run time from data ids: true only for keys the catalogue has. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue.en, key);
}
