import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sv } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'beslutskedjan.language';

const saved = localStorage.getItem(KEY);
const initial: Language = saved === 'en' ? 'en' : 'sv';

/** Swedish by default, English selectable; every text lives in sv.ts / en.ts, none in components. */
void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = initial;

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

/** A text the API sends in both languages (policy rules, inbox titles, notifications). */
export const localised = (text: { sv: string; en: string } | undefined, language: string): string =>
  text === undefined ? '' : language === 'en' ? text.en : text.sv;

export { i18n };
