/** Counted text by CLDR plural rules, which WXT's own "1 or n" choice gets wrong for many languages. */
import { type GeneratedI18nStructure, i18n } from '#i18n';
import { displayLocale } from './locale';
import { formatNumber } from './numbers';

/** A catalogue group keyed by plural category (`one`, `few`, `other`...). */
export type PluralKey = {
  [K in keyof GeneratedI18nStructure]: K extends `${infer Group}.other` ? Group : never;
}[keyof GeneratedI18nStructure];

/** Categories English lacks (`few`, `many`...) are not in the generated key type. */
const message = i18n.t as unknown as (key: string, substitutions: string[]) => string;

/**
 * The form of `key` for `count` in the catalogue's language. `$1` is the count unless
 * `substitutions` says otherwise; a category the catalogue lacks falls back to `other`.
 */
export function plural(key: PluralKey, count: number, substitutions: string[] = [formatNumber(count)]): string {
  const category = new Intl.PluralRules(displayLocale()).select(count);
  return message(`${key}.${category}`, substitutions) || message(`${key}.other`, substitutions);
}
