import { i18n } from '../../../lib/i18n';
import { en } from './en';
import { sv } from './sv';

export const NS = 'inbox';

// The inbox's own namespace: its groups grow with the API's inbox kinds without touching part 1's files.
i18n.addResourceBundle('sv', NS, sv, true, false);
i18n.addResourceBundle('en', NS, en, true, false);
