import { i18n } from '../../../lib/i18n';
import { en } from './en';
import { sv } from './sv';

export const NS = 'meetingRoom';

// Its own namespace, so part 1's message files stay untouched. A refused command shows the API's own
// reason (Swedish, or English by Accept-Language): the rule and its wording are the server's.
i18n.addResourceBundle('sv', NS, sv, true, false);
i18n.addResourceBundle('en', NS, en, true, false);
