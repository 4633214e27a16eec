// The language of the guest's app: English, Spanish or German, chosen from the browser's
// languages until the guest picks one (then remembered on this device).

import { german } from './i18n/de';
import { spanish } from './i18n/es';
import { english, setCatalogue, type Catalogue } from './strings';

export const LANGUAGES = ['en', 'es', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export const catalogues: Record<Language, Catalogue> = { en: english, es: spanish, de: german };

const STORAGE_KEY = 'chit.language';
let current: Language | undefined;

function isLanguage(tag: string | null | undefined): tag is Language {
  return (LANGUAGES as readonly string[]).includes(tag ?? '');
}

/** The remembered choice, else the first of the browser's languages Chit speaks (`de-AT` is German), else English. */
export function pickLanguage(browserLanguages: readonly string[], remembered: string | null): Language {
  if (isLanguage(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language in use; undefined where no language was chosen (the portal: the browser's own formats). */
export function currentLanguage(): Language | undefined {
  return current;
}

/** Speaks `language` from now on: its catalogue, its formats, the page's `lang`. */
export function speak(language: Language, remember: boolean): void {
  current = language;
  setCatalogue(catalogues[language]);
  document.documentElement.lang = language;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Storage may be off (private mode): the choice then lasts for this page only.
    }
  }
}

/** The language to start in, as the browser and an earlier choice say. */
export function startingLanguage(): Language {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(STORAGE_KEY);
  } catch {
    remembered = null;
  }
  return pickLanguage(navigator.languages ?? [navigator.language], remembered);
}
