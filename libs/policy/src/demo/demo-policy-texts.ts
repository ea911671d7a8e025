/**
 * Texts of the demo policy versions. The current guidelines are seed 000 as markdown, word for
 * word. Of the three earlier versions the seeds hold only the title and adoption date, and the
 * texts say so rather than invent anything.
 */

const UNKNOWN_TEXT =
  'Texten till denna version finns inte i underlaget. Endast titel och datum för fastställande är kända ' +
  '(ändringshistoriken i nuvarande riktlinjer).';

const unknownText = (title: string, rulesNote: string): string => `# ${title}\n\n${UNKNOWN_TEXT}\n\n${rulesNote}\n`;

export const POLICY_2009_TITLE = 'Policy Sociala företag';
export const POLICY_2009_TEXT = unknownText(
  POLICY_2009_TITLE,
  'Inga strukturerade regler kan härledas ur titeln; versionen saknar därför regler i systemet.',
);

export const POLICY_2011_TITLE = 'Policy Startbidrag Sociala företag';
export const POLICY_2011_TEXT = unknownText(
  POLICY_2011_TITLE,
  'De strukturerade reglerna för denna version är härledda enbart ur titeln: startbidrag till sociala företag har kunnat finansieras.',
);

export const POLICY_2013_TITLE = 'Policy för främjande av arbetsintegrerande sociala företag';
export const POLICY_2013_TEXT = unknownText(
  POLICY_2013_TITLE,
  'Inga strukturerade regler kan härledas ur titeln; versionen saknar därför regler i systemet.',
);

export const CURRENT_TITLE = 'Riktlinjer för stöd till medlemmarna i arbetet med arbetsintegrerande sociala företag';
export const CURRENT_TEXT = `# ${CURRENT_TITLE}

Samordningsförbundets målgrupp står ofta långt ifrån arbetsmarknaden och kan behöva särskilt anpassade arbetsplatser för att kunna få och behålla ett arbete. Arbetsintegrerande sociala företag (ASF) kan fungera som en sådan arbetsplats. ASF driver näringsverksamhet med målsättningen att integrera människor i arbetsliv och samhälle.

Regeringen har i en handlingsplan från 2010 definierat och satt upp kriterier för ASF. Tillväxtverket använder sig av definitionen och den går att hitta på dess webbplats sofisam.se.

## Samordningsförbundets stöd till medlemmarna

Samordningsförbundet kan stimulera till att fler arbetsintegrerande sociala företag startar och växer genom finansiering av kompetensutvecklande och informationsspridande insatser, samt genom att arrangera seminarier och inspirationsdagar.

Samordningsförbundet kan även finansiera insatser riktade mot målgruppen. Medlemmarna står för insatsen och eventuell upphandling. Finansieringen ska alltid gå via den part som har upphandlat verksamheten. Exempel på insatser är:

- Arbetsförberedande och arbetslivsinriktade insatser på arbetsintegrerande sociala företag
- Utbildning om arbetsintegrerande sociala företag för målgruppen
- Finansiering av handledare, anställd hos någon av medlemmarna, för att stödja målgruppen på arbetsintegrerande sociala företag

Stödet som medlemmarna kan få för arbete med ASF är detsamma som övrigt stöd som förbundet kan ge till medlemmarna

## Ansökan om stöd

Vid ansökan om, samt mottagande av, finansiering av insatser kopplade till ASF gäller den senast beslutade versionen av Samordningsförbundets ”Riktlinjer för finansiering av samverkansinsatser” i sin helhet.

## Ändringshistorik

- Policy för främjande av arbetsintegrerande sociala företag, fastställd av styrelsen 131128
- Policy Sociala företag fastställd av styrelsen 090611
- Policy Startbidrag Sociala företag, fastställd av styrelsen 111128
`;
