import { i18n } from '../../../lib/i18n';
import { en } from './en';
import { sv } from './sv';

export const NS = 'remindersAdmin';

i18n.addResourceBundle('sv', NS, sv, true, false);
i18n.addResourceBundle('en', NS, en, true, false);
