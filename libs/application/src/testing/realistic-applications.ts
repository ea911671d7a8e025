import type { ApplicationContent, Party, SubstanceAnswers } from '../application.types.js';
import { content, ORG } from './application-fixtures.js';

const kommun: Party = { name: 'Exempelstads kommun', organisationNumber: ORG.kommun, role: 'member' };
const asf: Party = { name: 'Kafé Gemenskap ekonomisk förening', organisationNumber: ORG.asf, role: 'provider' };
const none: SubstanceAnswers = { grantToBusiness: false, aimedAtAsfStaff: false, startsOrDevelopsAsf: false, paysMembershipFees: false };

/**
 * Four applications as a förbundschef meets them, each described by what it does. The kind the
 * applicant picks is varied by the specs; what is fundable must not depend on it.
 */
export const REALISTIC = {
  /** Seed 000/003: "Finansiering av handledare, anställd hos någon av medlemmarna, för att stödja målgruppen på ASF". */
  municipalSupervisorAtAsf: content({
    title: 'Kommunal handledare på Kafé Gemenskap',
    description: 'Kommunen anställer en handledare som stödjer deltagare i arbetsträning på Kafé Gemenskap.',
    staffEmployer: kommun,
    fundingRecipient: kommun,
    answers: none,
  }),
  /** Seed 003 "Vad ska samordningsförbund undvika": "finansiera kompetensutveckling till anställda på ASF t.ex. affärsutveckling". */
  staffTrainingAtAsf: content({
    title: 'Affärsutveckling för personalen på Kafé Gemenskap',
    description: 'En kurs i affärsutveckling och marknadsföring för kaféets anställda, så att fler deltagare kan tas emot.',
    staffEmployer: null,
    fundingRecipient: kommun,
    answers: { ...none, aimedAtAsfStaff: true },
  }),
  /** Seed 003: "ge stöd till enskilda näringsidkare i form av kontantbidrag" and "starta och utveckla ASF". */
  cashStartGrant: content({
    title: 'Startbidrag till nytt socialt företag',
    description: 'Kommunen förmedlar 200 000 kr till ett nytt kooperativ så att det kan starta sin verksamhet.',
    staffEmployer: null,
    fundingRecipient: kommun,
    answers: { ...none, grantToBusiness: true, startsOrDevelopsAsf: true },
  }),
  /** Seed 000: "Finansieringen ska alltid gå via den part som har upphandlat verksamheten." */
  moneyStraightToAsf: content({
    title: 'Arbetsträning på Kafé Gemenskap, betalning direkt till kaféet',
    description: 'Förbundet betalar kaféet direkt för platserna; kommunen anvisar deltagarna.',
    staffEmployer: null,
    fundingRecipient: asf,
    answers: none,
  }),
} satisfies Record<string, ApplicationContent>;
