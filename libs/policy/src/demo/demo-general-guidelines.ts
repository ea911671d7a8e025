import { TARGET_GROUPS } from '../rules/catalogue.js';
import type { PolicyRules } from '../rules/policy-rules.js';
import { emptyPolicyRules, FACTS } from '../rules/policy-rules.js';
import { QUOTE_000, QUOTE_003_MISSION, QUOTE_003_SECTION_7 } from './demo-policy-quotes.js';

export const GENERAL_GUIDELINES_ID = 'samverkansinsatser';
export const GENERAL_GUIDELINES_TITLE = 'Riktlinjer för finansiering av samverkansinsatser';

/** Seed 000 names these guidelines and says they apply in full; their text is not in the seeds. */
export const GENERAL_GUIDELINES_TEXT = `# ${GENERAL_GUIDELINES_TITLE}

Texten till dessa riktlinjer finns inte i underlaget. De är kända endast genom hänvisningen i nuvarande ASF-riktlinjer:

> ${QUOTE_000.generalGuidelines}

Varje regel i systemet för denna version är därför härledd och anger sin grund. Ingen regel är ett citat ur riktlinjernas egen text.
`;

const SEED_000_REFERENCE = `Seed 000, ”Ansökan om stöd”: ${QUOTE_000.generalGuidelines}`;

/** Every rule here is inferred, with its basis; none is stated as the guidelines' own words. */
export const generalGuidelinesRules = (): PolicyRules => ({
  ...emptyPolicyRules(),
  rules: [
    {
      id: 'joint-effort-of-members',
      severity: 'advisory',
      violatedWhen: { fact: FACTS.membersTakingPart, lessThan: 2 },
      message: {
        sv: 'Endast en medlem deltar. En samverkansinsats bedrivs av minst två av förbundets parter tillsammans; beredningen bör pröva om insatsen är samverkan.',
        en: 'Only one member takes part. A joint initiative is carried out by at least two of the parties together; the preparation should check that it is one.',
      },
      inferred: {
        basis: `Härledd ur riktlinjernas namn (”samverkansinsatser”) och förbundets uppdrag att stödja samverkan mellan parterna (seed 003, ”Samordningsförbundens uppdrag”). ${SEED_000_REFERENCE} Rådgivande eftersom riktlinjernas text saknas.`,
        quote: QUOTE_003_MISSION,
      },
    },
    {
      id: 'carried-out-by-members',
      severity: 'blocking',
      violatedWhen: { fact: FACTS.procuringMemberTakesPart, equals: false },
      message: {
        sv: 'Den part som upphandlar och står för insatsen ska vara sökande eller samverkande medlem i insatsen.',
        en: 'The member that procures and carries out the initiative is the applicant or one of the co-operating members.',
      },
      inferred: {
        basis: `Härledd ur 7 § lagen (2003:1210) om finansiell samordning, så som seed 003 återger den. ${SEED_000_REFERENCE}`,
        quote: QUOTE_003_SECTION_7,
      },
    },
    {
      id: 'finsam-target-group',
      severity: 'advisory',
      violatedWhen: {
        all: [
          { fact: FACTS.initiativeCategory, equals: 'individual' },
          { fact: FACTS.targetGroups, includesNoneOf: TARGET_GROUPS.map((g) => g.code) },
        ],
      },
      message: {
        sv: 'En individriktad insats ska rikta sig till Finsams målgrupp; ingen av de angivna målgrupperna finns bland de uppräknade.',
        en: 'An individual-directed initiative serves the Finsam target group; none of the groups given is among the listed ones.',
      },
      inferred: {
        basis: `Härledd ur seed 003 (”åtgärder som riktar sig till FINSAMs målgrupp”) och målgrupperna i seed 001. ${SEED_000_REFERENCE}`,
        quote:
          'Huvuduppgiften för ett samordningsförbund är att samordna de samverkande parternas resursinsatser med avseende på åtgärder som riktar sig till FINSAMs målgrupp.',
      },
    },
  ],
});
