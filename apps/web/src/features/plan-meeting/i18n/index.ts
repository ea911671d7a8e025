import { i18n } from '../../../lib/i18n';
import { en, enProblems } from './en';
import { sv, svProblems } from './sv';

export const NS = 'plan-meeting';

// Its own namespace, so the shared message files stay untouched.
i18n.addResourceBundle('sv', NS, sv, true, false);
i18n.addResourceBundle('en', NS, en, true, false);
// The agenda's refusal codes join the shared `problems` texts the problem alert reads (deep, never overwriting).
i18n.addResourceBundle('sv', 'translation', { problems: svProblems }, true, false);
i18n.addResourceBundle('en', 'translation', { problems: enProblems }, true, false);
