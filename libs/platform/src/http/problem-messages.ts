/**
 * What a problem says to a person, in Swedish by default and in English when the request prefers it
 * (Accept-Language). The English `detail` is the error's own message; the Swedish one is written here
 * per stable code. Kept apart from the filter so the HTTP layer only writes what this returns.
 */
export type Language = 'sv' | 'en';

export const TITLES: Record<number, Record<Language, string>> = {
  400: { sv: 'Begäran är felaktig', en: 'Invalid request' },
  401: { sv: 'Du behöver logga in', en: 'Authentication required' },
  403: { sv: 'Din roll får inte göra detta', en: 'Forbidden' },
  404: { sv: 'Finns inte', en: 'Not found' },
  409: { sv: 'Uppgifterna har ändrats av någon annan', en: 'Conflict' },
  413: { sv: 'Begäran är för stor', en: 'Payload too large' },
  415: { sv: 'Fel innehållstyp', en: 'Unsupported media type' },
  422: { sv: 'Åtgärden är inte tillåten', en: 'Not allowed by the rules' },
  429: { sv: 'För många förfrågningar', en: 'Too many requests' },
  500: { sv: 'Något gick fel hos oss', en: 'Internal error' },
  503: { sv: 'Tjänsten är inte tillgänglig just nu', en: 'Service unavailable' },
};

const FALLBACK_SV: Record<number, string> = {
  400: 'Begäran innehåller fel. Rätta fälten och försök igen.',
  401: 'Logga in och försök igen.',
  403: 'Din roll har inte behörighet till den här åtgärden.',
  404: 'Det du söker finns inte i förbundet.',
  409: 'Någon annan har ändrat uppgifterna. Läs in dem på nytt och försök igen.',
  413: 'Begäran är större än tjänsten tar emot.',
  415: 'Skicka innehållet som JSON.',
  422: 'Åtgärden strider mot en regel och har inte genomförts.',
  429: 'Du har skickat för många förfrågningar. Vänta en stund och försök igen.',
  500: 'Ett oväntat fel inträffade. Det har loggats.',
  503: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.',
};

/** Swedish detail per stable code. */
export const DETAIL_SV: Readonly<Record<string, string>> = {
  INVALID_INPUT: 'Begäran innehåller ogiltiga fält; se listan över fel.',
  MALFORMED_BODY: 'Begärans innehåll är inte giltig JSON.',
  MALFORMED_PATH: 'Adressen är felaktigt kodad.',
  UNAUTHENTICATED: 'Logga in och försök igen.',
  FORBIDDEN: 'Din roll har inte behörighet till den här åtgärden.',
  NOT_FOUND: 'Det du söker finns inte.',
  WRONG_EXPECTED_REVISION: 'Ärendet har ändrats av någon annan. Läs in det på nytt och försök igen.',
  IDEMPOTENCY_KEY_REUSED: 'Idempotensnyckeln har redan använts för en annan begäran.',
  READ_MODEL_LAGGING: 'Uppgifterna är inte uppdaterade ännu. Försök igen om en stund.',
  EVENT_STORE_UNAVAILABLE: 'Händelselagret svarar inte. Försök igen om en stund.',
  INTERNAL: 'Ett oväntat fel inträffade. Det har loggats.',
  // Applications and cases
  APPLICATION_NOT_FOUND: 'Ansökan finns inte i förbundet.',
  APPLICATION_ALREADY_SUBMITTED: 'Ansökan är redan inlämnad.',
  APPLICATION_NOT_REVISABLE: 'Ansökan kan inte ändras i sitt nuvarande läge.',
  APPLICATION_NOT_WITHDRAWABLE: 'Ansökan kan inte återkallas i sitt nuvarande läge.',
  APPLICATION_WITHDRAWN: 'Ansökan är återkallad.',
  CASE_ALREADY_TAKEN: 'Ärendet bereds redan av någon annan.',
  NOT_IN_PREPARATION: 'Ärendet är inte under beredning.',
  NOT_PREPARER: 'Bara den som bereder ärendet får göra detta.',
  NOT_APPLICANT: 'Bara sökanden får göra detta.',
  NOT_CONTACT: 'Bara kontaktpersonen för insatsen får göra detta.',
  SUPPLEMENT_PENDING: 'En begäran om komplettering väntar på svar.',
  SUPPLEMENT_NOT_ALLOWED: 'Komplettering kan inte begäras i ärendets nuvarande läge.',
  DUE_DATE_NOT_IN_FUTURE: 'Sista dag måste ligga framåt i tiden.',
  DUE_DATE_REQUIRED: 'Ange sista dag.',
  DUE_DATE_UNCHANGED: 'Det nya datumet är detsamma som det gamla.',
  BLOCKING_FINDINGS: 'Ansökan har fynd mot riktlinjerna som hindrar bifall; motivera avsteget.',
  OVERRIDE_MOTIVATION_REQUIRED: 'Ett avsteg från riktlinjerna måste motiveras.',
  AMOUNT_INVALID: 'Beloppet är ogiltigt.',
  AMOUNT_EXCEEDS_APPLICATION: 'Beloppet är högre än det sökta.',
  BUDGET_INVALID: 'Budgeten är ogiltig.',
  PERIOD_INVALID: 'Perioden är ogiltig.',
  TERMS_REQUIRED: 'Ett bifall ska ange belopp, period och villkor.',
  TERMS_NOT_ALLOWED: 'Bara ett bifall har villkor.',
  TITLE_REQUIRED: 'Ange en rubrik.',
  TARGET_GROUP_REQUIRED: 'Ange minst en målgrupp.',
  TARGET_GROUPS_NOT_UNIQUE: 'Samma målgrupp står flera gånger.',
  ORGANISATION_NUMBER_INVALID: 'Organisationsnumret är ogiltigt.',
  NOT_RECOMMENDED: 'Ärendet har inget förslag till beslut.',
  NOT_DECIDABLE: 'Ärendet kan inte avgöras i sitt nuvarande läge.',
  ABOVE_DELEGATION_THRESHOLD: 'Beloppet är över gränsen för delegationsbeslut; styrelsen beslutar.',
  NO_DELEGATION_IN_POLICY: 'Riktlinjen i kraft ger ingen delegation.',
  DELEGATION_THRESHOLD_INVALID: 'Delegationsgränsen är ogiltig.',
  // Policy
  POLICY_NOT_FOUND: 'Riktlinjen finns inte.',
  POLICY_REVISION_NOT_FOUND: 'Versionen av riktlinjen finns inte.',
  POLICY_NOT_ADOPTED: 'Riktlinjen är inte fastställd.',
  POLICY_RETIRED: 'Riktlinjen har upphört att gälla.',
  POLICY_TITLE_REQUIRED: 'Ange riktlinjens rubrik.',
  NO_POLICY_IN_FORCE: 'Ingen riktlinje gällde den dagen.',
  REVISION_ALREADY_ADOPTED: 'Versionen är redan fastställd.',
  ADOPTION_DATE_IN_FUTURE: 'Fastställelsedagen kan inte ligga i framtiden.',
  EFFECTIVE_BEFORE_ADOPTION: 'Riktlinjen kan inte gälla före fastställelsedagen.',
  MEETING_REQUIRED: 'Ange vid vilket sammanträde styrelsen fastställde riktlinjen.',
  RETIREMENT_REASON_REQUIRED: 'Ange varför riktlinjen upphör.',
  RULES_SCHEMA_UNSUPPORTED: 'Reglernas format stöds inte.',
  RULE_CONDITION_INVALID: 'Ett regelvillkor är ogiltigt.',
  RULE_IDS_NOT_UNIQUE: 'Två regler har samma id.',
  RULE_ID_REQUIRED: 'En regel saknar id.',
  RULE_MESSAGE_REQUIRED: 'En regel saknar meddelande.',
  FUNDABLE_KINDS_NOT_UNIQUE: 'Samma insatstyp står flera gånger.',
  // Board composition
  APPOINTMENT_ALREADY_EXISTS: 'Uppdraget finns redan.',
  APPOINTMENT_NOT_FOUND: 'Uppdraget finns inte.',
  ALREADY_APPOINTED: 'Personen har redan en plats i styrelsen under mandatperioden.',
  ALREADY_ENDED: 'Uppdraget har redan upphört.',
  CHAIR_ALREADY_APPOINTED: 'Styrelsen har redan en ordförande under mandatperioden.',
  VICE_CHAIR_ALREADY_APPOINTED: 'Styrelsen har redan en vice ordförande under mandatperioden.',
  SUBSTITUTE_FOR_UNKNOWN: 'En ersättare ska vara ersättare för en ledamot under mandatperioden.',
  TERM_INVALID: 'Mandatperioden kan inte sluta innan den börjar.',
  END_DATE_OUTSIDE_TERM: 'Slutdagen ligger utanför mandatperioden.',
  BOARD_WITHOUT_CHAIR: 'Styrelsen saknar ordförande den dagen.',
  // Meetings
  MEETING_NOT_FOUND: 'Sammanträdet finns inte i förbundet.',
  MEETING_ALREADY_SCHEDULED: 'Sammanträdet är redan planerat.',
  MEETING_ALREADY_OPEN: 'Sammanträdet är redan öppnat.',
  MEETING_NOT_OPEN: 'Sammanträdet har inte öppnats.',
  MEETING_NOT_YET: 'Sammanträdet kan inte öppnas före sammanträdesdagen.',
  MEETING_CLOSED: 'Sammanträdet är avslutat.',
  MEETING_NOT_CLOSED: 'Protokollet justeras först när sammanträdet är avslutat.',
  MEETING_NOT_HELD: 'Sammanträdet har inte hållits.',
  AGENDA_CLOSED: 'Sammanträdet är avslutat; föredragningslistan kan inte ändras.',
  CASE_ALREADY_ON_AGENDA: 'Ärendet står redan på föredragningslistan.',
  CASE_ON_ANOTHER_AGENDA: 'Ärendet står på ett annat sammanträdes föredragningslista och är inte färdigbehandlat där.',
  CASE_NOT_RECOMMENDED: 'Ärendet har inget förslag till beslut att ta ställning till.',
  CASE_CANNOT_TAKE_DECISION: 'Ärendet kan inte längre ta emot styrelsens beslut (det är redan avgjort eller återkallat).',
  NOT_A_DELEGATED_DECISION: 'Ärendet är inte avgjort genom delegationsbeslut.',
  NOT_A_DECISION_ITEM: 'Punkten är en anmälan av delegationsbeslut; styrelsen beslutar inte i den.',
  ITEM_NOT_FOUND: 'Punkten finns inte på föredragningslistan.',
  ITEM_ALREADY_OPEN: 'Punkten är redan uppe.',
  ITEM_NOT_OPEN: 'Punkten har inte tagits upp.',
  ITEM_ALREADY_CLOSED: 'Punkten är avslutad.',
  ITEMS_STILL_OPEN: 'Alla punkter ska vara behandlade innan sammanträdet avslutas.',
  ANOTHER_ITEM_OPEN: 'En annan punkt behandlas; avsluta den först.',
  ADJUSTER_INVALID: 'Justeraren ska vara en närvarande ledamot som inte är ordförande.',
  NOT_ON_BOARD: 'Personen har ingen plats i styrelsen den dagen.',
  NOT_PRESENT: 'Bara den som är närvarande vid sammanträdet får göra detta.',
  ALREADY_RECUSED: 'Jäv är redan anmält.',
  RECUSED: 'Den som är jävig deltar inte i handläggningen av ärendet.',
  NOT_SERVING: 'Bara den som tjänstgör i en plats i ärendet får delta i beslutet.',
  NOT_PRESIDING: 'Bara den som är ordförande för punkten får göra detta.',
  CHAIR_CAN_PRESIDE: 'Ordföranden eller vice ordföranden kan leda sammanträdet; ingen ordförande för dagen väljs.',
  CHAIR_FOR_THE_DAY_INVALID: 'Ordförande för dagen ska vara en närvarande ledamot.',
  PREPARER_CANNOT_VOTE: 'Den som har berett ärendet får inte rösta i det.',
  PREPARER_CANNOT_DECIDE: 'Den som har berett ärendet får inte besluta i det.',
  QUESTION_ALREADY_PUT: 'Proposition är redan ställd; nya yrkanden tas inte upp.',
  QUESTION_NOT_PUT: 'Ordföranden har inte ställt proposition.',
  QUESTION_UNRESOLVED: 'Styrelsen röstade ned återremiss eller bordläggning; ställ proposition i själva sakfrågan.',
  MOTION_NOT_FOUND: 'Yrkandet finns inte.',
  COUNTER_MOTION_INVALID: 'Ett yrkande kan inte ställas mot sig självt.',
  NO_VOTERING: 'Ingen har begärt votering; styrelsen beslutar med acklamation.',
  VOTERING_ALREADY_REQUESTED: 'Votering är redan begärd.',
  ALREADY_VOTED: 'Platsen har redan röstat.',
  VOTES_MISSING: 'Alla tjänstgörande ska svara vid voteringen innan beslutet kan fattas.',
  CASTING_VOTE_REQUIRED: 'Voteringen slutade lika; ordföranden ska använda sin utslagsröst.',
  NO_QUORUM: 'Styrelsen är inte beslutför: mer än hälften av ledamöterna måste tjänstgöra.',
  OUTCOME_ALREADY_RECORDED: 'Beslutet i punkten är redan fattat.',
  OUTCOME_MISSING: 'Punkten har inget beslut.',
  OUTCOME_CONTRADICTS_QUESTION: 'Beslutet stämmer inte med propositionen eller voteringen.',
  NOT_ENTITLED_TO_RESERVE: 'Bara en ledamot som deltog i beslutet och röstade emot får reservera sig.',
  ALREADY_RESERVED: 'Reservationen är redan anmäld.',
  ALREADY_MOTIVATED: 'Reservationen har redan sin skriftliga motivering.',
  MOTIVATION_TOO_LATE: 'Tiden för att lämna en skriftlig motivering har gått ut.',
  NOT_A_SIGNATORY: 'Bara ordföranden och justeraren justerar protokollet.',
  ALREADY_ATTESTED: 'Protokollet är redan justerat av dig.',
  MINUTES_CHANGED: 'Protokollet har ändrats sedan du läste det. Läs det på nytt innan du justerar.',
  MEETING_ALREADY_OPENED: 'Sammanträdet har redan öppnats; nu kan bara styrelsen själv bordlägga eller återremittera ärendet.',
  MINUTES_NOT_ATTESTED: 'Bara ett justerat protokoll anslås på anslagstavlan.',
  NOTICE_ALREADY_POSTED: 'Justeringen är redan tillkännagiven på anslagstavlan.',
  NOTICE_NOT_POSTED: 'Justeringen är inte tillkännagiven på anslagstavlan ännu.',
  NO_DECISION: 'Punkten innehåller inget beslut.',
  ARCHIVE_NOT_FOUND: 'Det finns inget arkiverat justerat protokoll för sammanträdet.',
  APPEAL_ALREADY_REGISTERED: 'Beslutet är redan överklagat i ett annat mål.',
  // Follow-up
  INITIATIVE_NOT_FOUND: 'Insatsen finns inte.',
  INITIATIVE_ALREADY_FUNDED: 'Insatsen är redan beviljad.',
  INITIATIVE_CLOSED: 'Insatsen är avslutad.',
  FOLLOW_UP_ITEM_NOT_FOUND: 'Uppföljningspunkten finns inte.',
  FOLLOW_UP_ITEM_DONE: 'Uppföljningspunkten är redan klar.',
  FINAL_REPORT_NOT_ACCEPTED: 'Slutrapporten är inte godkänd.',
  REPORT_NOT_EXPECTED: 'Ingen rapport väntas för den punkten.',
  NOTHING_TO_REVIEW: 'Det finns inget att granska.',
  NOTIFICATION_NOT_FOUND: 'Meddelandet finns inte.',
  // People
  PERSON_NOT_FOUND: 'Personen finns inte i förbundet.',
  PERSON_IN_PUBLIC_RECORD:
    'Personen finns i allmänna handlingar (beslut, protokoll) som bevaras som de undertecknades; bara kontaktuppgifterna kan tas bort.',
  REASON_NAMES_PERSON: 'Skälet får inte innehålla personens namn eller e-postadress; det sparas för alltid.',
};

/** The language the caller prefers: English only when asked for before Swedish (Accept-Language). */
export function preferredLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { lang: tag.split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => (r.lang === 'sv' || r.lang === 'en') && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang === 'en' ? 'en' : 'sv';
}

/** Title and detail in the caller's language; the English detail is the error's own message. */
export function localisedText(status: number, code: string, englishDetail: string, lang: Language): { title: string; detail: string } {
  const titles = TITLES[status] ?? { sv: 'Fel', en: 'Error' };
  if (lang === 'en') return { title: titles.en, detail: englishDetail };
  return { title: titles.sv, detail: DETAIL_SV[code] ?? FALLBACK_SV[status] ?? 'Åtgärden kunde inte genomföras.' };
}
