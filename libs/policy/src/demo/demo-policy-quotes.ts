/** Paragraphs of the current guidelines (seed 000) that rules rest on, word for word as in CURRENT_TEXT. */
export const QUOTE_000 = {
  membersCarryOut:
    'Samordningsförbundet kan även finansiera insatser riktade mot målgruppen. Medlemmarna står för insatsen och eventuell upphandling. Finansieringen ska alltid gå via den part som har upphandlat verksamheten.',
  supervisor:
    'Finansiering av handledare, anställd hos någon av medlemmarna, för att stödja målgruppen på arbetsintegrerande sociala företag',
  examples: 'Exempel på insatser är:',
  criteria: 'Regeringen har i en handlingsplan från 2010 definierat och satt upp kriterier för ASF.',
  structural:
    'Samordningsförbundet kan stimulera till att fler arbetsintegrerande sociala företag startar och växer genom finansiering av kompetensutvecklande och informationsspridande insatser, samt genom att arrangera seminarier och inspirationsdagar.',
  generalGuidelines:
    'Vid ansökan om, samt mottagande av, finansiering av insatser kopplade till ASF gäller den senast beslutade versionen av Samordningsförbundets ”Riktlinjer för finansiering av samverkansinsatser” i sin helhet.',
} as const;

export const COUNCIL_BASIS =
  'Nationella rådets vägledning (seed 003), avsnittet ”Vad ska samordningsförbund undvika att göra?”; samma punkter i ASF-policyn för Samordningsförbundet Stockholm Stad (seed 001).';

/** The national council's four items (seed 003, "Vad ska samordningsförbund undvika att göra?"), word for word. */
export const COUNCIL_AVOID = {
  cashGrant: 'ge stöd till enskilda näringsidkare i form av kontantbidrag',
  startOrDevelop: 'starta och utveckla arbetsintegrerande sociala företag',
  membership: 'vara medlem i arbetsintegrerande sociala företag eller i intresseorganisationer',
  staffCompetence: 'finansiera kompetensutveckling till anställda på arbetsintegrerande sociala företag t.ex. affärsutveckling.',
} as const;

/** Seed 003, "Individriktade insatser": the law's division of labour, word for word. */
export const QUOTE_003_SECTION_7 =
  'För de individriktade insatserna gäller enligt 7 § i Finsamlagen att de samverkande parterna står för insatserna och eventuell upphandling, mot att samordningsförbundet står för finansieringen.';

/** Seed 003, "Samordningsförbundens uppdrag", word for word. */
export const QUOTE_003_MISSION = '2) Stödja samverkan mellan samverkansparterna';
