/**
 * Swedish and English texts for the meeting rules' stable codes, merged into the app's `problems`
 * so the shared problem alert words them. The rule itself is the API's; these only say it.
 */
export const problemsSv = {
  NO_QUORUM: 'Styrelsen är inte beslutför: fler än hälften av ledamöterna måste delta.',
  NOT_CHAIR: 'Bara den som är ordförande för sammanträdet kan göra detta.',
  NOT_PRESIDING: 'Bara den som leder sammanträdet i den här paragrafen kan göra detta.',
  RECUSED: 'Du har anmält jäv och deltar inte i den här paragrafen.',
  ALREADY_VOTED: 'Du har redan röstat i den här paragrafen.',
  ALREADY_RECUSED: 'Du har redan anmält jäv i den här paragrafen.',
  ANOTHER_ITEM_OPEN: 'En annan paragraf är uppe. Avsluta den först.',
  ITEM_NOT_OPEN: 'Paragrafen är inte uppe.',
  ITEMS_STILL_OPEN: 'Alla paragrafer måste vara avslutade innan sammanträdet avslutas.',
  MEETING_NOT_OPEN: 'Sammanträdet är inte öppnat.',
  MEETING_ALREADY_OPEN: 'Sammanträdet är redan öppnat.',
  NOT_ENTITLED_TO_VOTE: 'Du har inte rösträtt i den här paragrafen.',
  PREPARER_CANNOT_VOTE: 'Den som har berett ärendet får inte rösta i det.',
  NO_MAJORITY: 'Rösterna ger ingen majoritet för beslutet.',
  OUTCOME_CONTRADICTS_VOTE: 'Beslutet stämmer inte med hur rösterna föll.',
  OUTCOME_MISSING: 'Beslutet i paragrafen är inte fastställt.',
  ADJUSTER_INVALID: 'Justeraren måste vara en närvarande ledamot.',
  NOT_ON_BOARD: 'Personen ingår inte i styrelsen den dagen.',
};

export const problemsEn: typeof problemsSv = {
  NO_QUORUM: 'The board is not quorate: more than half of the members must take part.',
  NOT_CHAIR: 'Only the person chairing the meeting can do this.',
  NOT_PRESIDING: 'Only the person presiding over this item can do this.',
  RECUSED: 'You have declared a conflict of interest and take no part in this item.',
  ALREADY_VOTED: 'You have already voted on this item.',
  ALREADY_RECUSED: 'You have already declared a conflict of interest on this item.',
  ANOTHER_ITEM_OPEN: 'Another item is open. Close it first.',
  ITEM_NOT_OPEN: 'The item is not open.',
  ITEMS_STILL_OPEN: 'Every item must be closed before the meeting is closed.',
  MEETING_NOT_OPEN: 'The meeting has not been opened.',
  MEETING_ALREADY_OPEN: 'The meeting is already open.',
  NOT_ENTITLED_TO_VOTE: 'You have no vote on this item.',
  PREPARER_CANNOT_VOTE: 'The person who prepared the case may not vote on it.',
  NO_MAJORITY: 'The votes give no majority for the decision.',
  OUTCOME_CONTRADICTS_VOTE: 'The decision does not match how the votes fell.',
  OUTCOME_MISSING: 'The decision on the item has not been recorded.',
  ADJUSTER_INVALID: 'The adjuster must be a member who is present.',
  NOT_ON_BOARD: 'The person is not on the board that day.',
};
