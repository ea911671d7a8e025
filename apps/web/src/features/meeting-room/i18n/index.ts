import { i18n } from '../../../lib/i18n';
import { en } from './en';
import { problemsEn, problemsSv } from './problems';
import { sv } from './sv';

export const NS = 'meetingRoom';

// Its own namespace, so part 1's message files stay untouched; the rule texts join the shared `problems`.
i18n.addResourceBundle('sv', NS, sv, true, false);
i18n.addResourceBundle('en', NS, en, true, false);
i18n.addResourceBundle('sv', 'translation', { problems: problemsSv }, true, false);
i18n.addResourceBundle('en', 'translation', { problems: problemsEn }, true, false);
