import type { AsfCriterion } from '../registers.types.js';

/** Each criterion as seed 001 words it ("Arbetsintegrerande sociala företag är företag som:"), with an English gloss. */
export const ASF_CRITERION_TEXT: Readonly<Record<AsfCriterion, { sv: string; en: string; seed: string }>> = {
  business_activity: {
    sv: 'Driver näringsverksamhet (producerar och säljer varor eller tjänster) med övergripande ändamål att integrera människor som har stora svårigheter att få och/eller behålla ett arbete, i arbetsliv och samhälle.',
    en: 'Runs a business (produces and sells goods or services) whose overall purpose is to integrate people with great difficulty in getting or keeping a job.',
    seed: '001, ”Vad är arbetsintegrerande sociala företag?”, första punkten; 004, ”Fakta”',
  },
  participation: {
    sv: 'Skapar delaktighet för medarbetarna genom ägande, avtal eller på annat väldokumenterat sätt.',
    en: 'Gives its workers a share through ownership, agreement or another well-documented way.',
    seed: '001, andra punkten; 002, ”Följande villkor gäller också”; 004, ”Fakta”',
  },
  profits_reinvested: {
    sv: 'I huvudsak återinvesterar sina vinster i den egna eller liknande verksamheter.',
    en: 'Mainly reinvests its profits in its own or similar activities.',
    seed: '001, tredje punkten; 002; 004, ”Fakta”',
  },
  independent_of_public_sector: {
    sv: 'Är organisatoriskt fristående från offentlig verksamhet.',
    en: 'Is organisationally independent of the public sector.',
    seed: '001, fjärde punkten; 002 (”ägs aldrig av exempelvis en kommun”); 004, ”Fakta”',
  },
};
