import type { StoredEvent } from '@beslutskedjan/event-store';
import type { ApplicationEvent, PolicyVersionRef } from '@beslutskedjan/application';
import type { InitiativeEvent } from '@beslutskedjan/initiative';
import { formatSek } from '@beslutskedjan/board';
import { OUTCOME_TEXT } from './swedish-words.js';

export interface Described {
  summary: string;
  motivation: string | null;
  policies?: PolicyVersionRef[];
}

const amount = (terms: { amountSek: number } | null) => (terms === null ? '' : ` ${formatSek(terms.amountSek)}`);
const policyList = (policies: PolicyVersionRef[]) => policies.map((p) => `${p.title} (version ${p.revision})`).join(', ');

/** What an application event means, in Swedish, for a person reading the case's history. */
export function describeApplicationEvent(event: ApplicationEvent): Described {
  switch (event.type) {
    case 'ApplicationSubmitted':
      return { summary: `Ansökan inkom och registrerades som ${event.data.caseNumber}`, motivation: null };
    case 'ApplicationRevised':
      return { summary: `Ansökan reviderades (version ${event.data.revision})`, motivation: null };
    case 'ApplicationScreened': {
      const d = event.data;
      const verdict = d.blocking
        ? `hinder enligt riktlinjerna (${d.findings.length} anmärkningar)`
        : `inga hinder (${d.findings.length} anmärkningar)`;
      const against = d.policies.length === 0 ? 'utan riktlinje i kraft' : `mot ${policyList(d.policies)}`;
      return {
        summary: `Automatisk granskning av version ${d.applicationRevision} ${against}: ${verdict}`,
        motivation: null,
        policies: d.policies,
      };
    }
    case 'ApplicationWithdrawn':
      return { summary: 'Ansökan återkallades', motivation: event.data.reason };
    case 'CaseTaken':
      return { summary: 'Ärendet togs upp för beredning', motivation: null };
    case 'SupplementRequested':
      return { summary: `Komplettering begärdes senast ${event.data.dueDate}: ${event.data.question}`, motivation: null };
    case 'RecommendationMade': {
      const d = event.data;
      const override = d.override === null ? '' : ' (trots hinder i granskningen)';
      return {
        summary: `Förslag till beslut: ${d.recommendation === 'approve' ? `bifall${amount(d.terms)}` : 'avslag'}${override}`,
        motivation: d.override === null ? d.motivation : `${d.motivation}\n\nSkäl att avvika: ${d.override.motivation}`,
      };
    }
    case 'DecidedUnderDelegation':
      return {
        summary: `Delegationsbeslut: ${event.data.decision === 'approved' ? `bifall${amount(event.data.terms)}` : 'avslag'}`,
        motivation: event.data.motivation,
        policies: [event.data.policy],
      };
    case 'BoardDecisionTookEffect': {
      const d = event.data;
      const what = d.outcome === 'approved' ? `bifall${amount(d.terms)}` : OUTCOME_TEXT[d.outcome];
      return { summary: `Styrelsens beslut gäller efter justering ${d.attestedOn}: ${what}`, motivation: d.motivation };
    }
  }
}

/** What an initiative (insats) event means, in Swedish; unknown types (a newer initiative lib) show by name. */
export function describeInitiativeEvent(stored: StoredEvent): Described {
  const event = stored as unknown as InitiativeEvent;
  switch (event.type) {
    case 'InitiativeFunded': {
      const { terms } = event.data;
      return { summary: `Insatsen beviljades${amount(terms)} för ${terms.period.from} – ${terms.period.to}`, motivation: null };
    }
    case 'FollowUpRescheduled':
      return {
        summary: `Uppföljningspunkt ${event.data.n} flyttades från ${event.data.from} till ${event.data.to}`,
        motivation: event.data.reason,
      };
    case 'FollowUpWaived':
      return { summary: `Kravet på uppföljningsrapport ${event.data.n} ströks`, motivation: event.data.reason };
    case 'FollowUpReportSubmitted':
      return { summary: `Rapport lämnades för uppföljningspunkt ${event.data.n} (inlämning ${event.data.submission})`, motivation: null };
    case 'FollowUpReportReviewed': {
      const d = event.data;
      const verdict =
        d.verdict === 'accepted' ? 'godkändes' : `återsändes för komplettering${d.newDueDate ? ` senast ${d.newDueDate}` : ''}`;
      return { summary: `Rapporten för uppföljningspunkt ${d.n} ${verdict}`, motivation: d.comment };
    }
    case 'InitiativeClosed':
      return { summary: 'Insatsen avslutades', motivation: event.data.summary };
    default:
      return { summary: stored.type, motivation: null };
  }
}
