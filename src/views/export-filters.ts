import type { ActiveFilter } from '../charts/chart-export';

/*
 * The filters and hidden series a card has in force, described for downloads: the raw values
 * name the file and go in the JSON; the label, in the reader's language, goes on images.
 */

/** `Partner: Oracle, SoftBank` for a filter with values; nothing when it is off. */
export function filterEntry<T extends string>(
  param: string,
  values: readonly T[],
  group: string,
  label: (value: T) => string,
): ActiveFilter[] {
  return values.length === 0
    ? []
    : [{ param, values, label: `${group}: ${values.map(label).join(', ')}` }];
}

/** `Hidden: Cancelled` for hidden series; nothing when all show. */
export function hiddenEntry<T extends string>(
  param: string,
  values: readonly T[],
  hiddenLabel: (items: string) => string,
  label: (value: T) => string,
): ActiveFilter[] {
  return values.length === 0
    ? []
    : [{ param, values, label: hiddenLabel(values.map(label).join(', ')) }];
}
