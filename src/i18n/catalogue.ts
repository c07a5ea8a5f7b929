import { common } from './messages/common';
import { energy } from './messages/energy';
import { fusion } from './messages/fusion';
import { overview } from './messages/overview';
import { present } from './messages/present';
import { share } from './messages/share';
import { sources } from './messages/sources';
import { stargate } from './messages/stargate';

/**
 * The one catalogue of user-visible strings. Each area keeps its bundle in messages/;
 * adding an area is one import and one spread here.
 */
const bundles = [common, overview, sources, present, stargate, fusion, energy, share] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
export type MessageKey = keyof UnionToIntersection<(typeof bundles)[number]['en']>;
export type Lang = 'en' | 'ko';
export const langs: readonly Lang[] = ['en', 'ko'];

export const catalogue: Record<Lang, Record<MessageKey, string>> = {
  en: Object.assign({}, ...bundles.map((b) => b.en)),
  ko: Object.assign({}, ...bundles.map((b) => b.ko)),
};

/** Replaces `{name}` placeholders; unknown placeholders are left visible, never dropped. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function translate(
  lang: Lang,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return interpolate(catalogue[lang][key], params);
}

/** For keys composed at run time from data ids: true only for keys the catalogue has. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue.en, key);
}
