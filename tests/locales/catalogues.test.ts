/**
 * Every catalogue against the English source: the same keys, the same placeholders, exactly the
 * plural categories CLDR gives its language, and no sentence left in English by accident.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const DIR = resolve(process.cwd(), 'locales');
const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
/** The fifteen languages the extension speaks besides English. */
const LOCALES = ['de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl', 'uk', 'ru', 'tr', 'ja', 'zh_CN', 'ko', 'hi', 'ar'];
const RIGHT_TO_LEFT = new Set(['ar']);

/** Words that are rightly the same as in English, by language. Names are allowed everywhere. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['progress.exportHeading'],
  fr: ['popupUi.pause', 'stretchPage.pause', 'options.notifications.heading', 'progress.exportHeading'],
  nl: ['progress.setsHeader'],
  pl: ['stretchPage.start'],
};
const NAMES = ['On the Ball'];
/** The domain terms each language's glossary settles, so every page names them alike. */
const GLOSSARY_TERMS = [
  'ball plank',
  'spinal rotation',
  "child's pose",
  'wall squat',
  'sitting block',
  'posture check',
  'stretch break',
];
/** Unit symbols that many languages write as English does. */
const SYMBOLS = new Set(['min', 'h', 's']);

interface Catalogue {
  /** Plain messages by dotted key. */
  plain: Map<string, string>;
  /** Plural groups by dotted key, each form by category. */
  plurals: Map<string, Map<string, string>>;
}

async function readCatalogue(code: string): Promise<Catalogue> {
  const plain = new Map<string, string>();
  const plurals = new Map<string, Map<string, string>>();
  for (const entry of await parseMessagesFile(resolve(DIR, `${code}.yml`))) {
    if (entry.type !== 'simple' || entry.key[0]?.startsWith('@@')) continue;
    const last = entry.key[entry.key.length - 1] ?? '';
    if (CATEGORIES.has(last)) {
      const group = entry.key.slice(0, -1).join('.');
      const forms = plurals.get(group) ?? new Map<string, string>();
      forms.set(last, entry.message);
      plurals.set(group, forms);
    } else {
      plain.set(entry.key.join('.'), entry.message);
    }
  }
  return { plain, plurals };
}

/** Short units after a number, in every language written here; a line must never break between the two. */
const SHORT_UNITS = [
  ...['s', 'sec', 'sn', 'min', 'dk', 'h', 'u', 'sa', 'Sek\\.', 'Min\\.', 'Std\\.', 'godz\\.', 'powt\\.'],
  ...['с', 'мин', 'ч', 'хв', 'год', 'повт\\.', 'дн\\.', 'ث', 'د', 'س', 'से॰', 'मि॰', 'घं॰'],
];
const UNIT_AFTER_SPACE = new RegExp(`\\$\\d (${SHORT_UNITS.join('|')})(?=$|[\\s.,;:!?)،])`, 'u');

const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
const bcp47 = (code: string) => code.replace('_', '-');

/** Every message and every plural form, each under its dotted key. */
function allTexts({ plain, plurals }: Catalogue): [string, string][] {
  return [
    ...plain,
    ...[...plurals].flatMap(([group, forms]) => [...forms].map(([c, t]): [string, string] => [`${group}.${c}`, t])),
  ];
}

/** The keys of messages, plural forms included, where an ordinary space parts a number from its unit. */
function unitsApart(catalogue: Catalogue): string[] {
  return allTexts(catalogue)
    .filter(([, text]) => UNIT_AFTER_SPACE.test(text))
    .map(([key]) => key);
}

/** Whether a message equal to English is one that no translator would change. */
function rightlySame(code: string, key: string, text: string): boolean {
  if (key === 'dir' || SAME_AS_ENGLISH[code]?.includes(key)) return true;
  const words = text
    .replace(/\$\d/g, ' ')
    .split(/[\s:,.]+/)
    .filter(Boolean);
  return NAMES.includes(text) || words.every((word) => SYMBOLS.has(word));
}

const english = await readCatalogue('en');

describe('the catalogues', () => {
  it('are the fifteen languages and English, nothing else', () => {
    const files = readdirSync(DIR).filter((name) => /\.(ya?ml|json5?|jsonc|toml)$/.test(name));
    expect(files.map((name) => name.replace(/\.\w+$/, '')).sort()).toEqual(['en', ...LOCALES].sort());
  });

  it('English names its own locale and plural groups use its CLDR categories', () => {
    expect(english.plain.get('locale')).toBe('en');
    expect(english.plain.get('dir')).toBe('ltr');
    for (const [group, forms] of english.plurals) expect([...forms.keys()].sort(), group).toEqual(['one', 'other']);
  });

  it('English keeps each number beside its short unit with a no-break space', () => {
    expect(unitsApart(english)).toEqual([]);
  });

  describe.each(LOCALES)('%s', (code) => {
    const tag = bcp47(code);

    it('names its own locale and writing direction', async () => {
      const { plain } = await readCatalogue(code);
      expect(plain.get('locale')).toBe(tag);
      expect(plain.get('dir')).toBe(RIGHT_TO_LEFT.has(code) ? 'rtl' : 'ltr');
    });

    it('has exactly the English keys and plural groups', async () => {
      const { plain, plurals } = await readCatalogue(code);
      expect([...plain.keys()].sort()).toEqual([...english.plain.keys()].sort());
      expect([...plurals.keys()].sort()).toEqual([...english.plurals.keys()].sort());
    });

    it('gives every plural group exactly the CLDR categories of its language', async () => {
      const wanted = [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();
      const { plurals } = await readCatalogue(code);
      for (const [group, forms] of plurals) expect([...forms.keys()].sort(), group).toEqual(wanted);
    });

    it('keeps the English placeholders in every message and every plural form', async () => {
      const { plain, plurals } = await readCatalogue(code);
      for (const [key, text] of english.plain)
        expect(placeholders(plain.get(key) ?? ''), key).toEqual(placeholders(text));
      for (const [group, forms] of english.plurals) {
        const wanted = placeholders(forms.get('other') ?? '');
        for (const [category, text] of plurals.get(group) ?? []) {
          expect(placeholders(text), `${group}.${category}`).toEqual(wanted);
        }
      }
    });

    it('writes no number into its prose: doses and counts come only through placeholders', async () => {
      for (const [key, text] of allTexts(await readCatalogue(code)))
        expect(text.replace(/\$\d/g, ''), key).not.toMatch(/\p{Nd}/u);
    });

    it('keeps each number beside its short unit with a no-break space', async () => {
      expect(unitsApart(await readCatalogue(code))).toEqual([]);
    });

    it('has a glossary of the domain terms', () => {
      const glossary = readFileSync(resolve(DIR, 'glossary', `${code}.md`), 'utf8').toLowerCase();
      expect(GLOSSARY_TERMS.filter((term) => !glossary.includes(term))).toEqual([]);
    });

    it('leaves no sentence in English by accident', async () => {
      const { plain, plurals } = await readCatalogue(code);
      const same = [...english.plain]
        .filter(([key, text]) => plain.get(key) === text && !rightlySame(code, key, text))
        .map(([key]) => key);
      for (const [group, forms] of english.plurals) {
        for (const [category, text] of forms)
          if (plurals.get(group)?.get(category) === text) same.push(`${group}.${category}`);
      }
      expect(same).toEqual([]);
    });
  });
});
