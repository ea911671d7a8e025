import { caseHistory, names } from '../testing/case-history.js';
import { buildCaseTimeline } from './build-case-timeline.js';

describe('buildCaseTimeline', () => {
  const timeline = buildCaseTimeline(caseHistory(), names)!;

  it('given a case through a board meeting, lists its facts in commit order, with Swedish summaries', () => {
    expect(timeline).toMatchObject({ applicationId: 'app-1', caseNumber: '2026/0042', title: 'Handledare på Kafé Gemenskap' });
    expect(timeline.entries.map((e) => [e.type, e.summary])).toEqual([
      ['ApplicationSubmitted', 'Ansökan inkom och registrerades som 2026/0042'],
      ['ApplicationScreened', 'Automatisk granskning av version 1 mot Riktlinjer för ASF (version 4): inga hinder (0 anmärkningar)'],
      ['CaseTaken', 'Ärendet togs upp för beredning'],
      ['RecommendationMade', 'Förslag till beslut: bifall 80 000 kr'],
      ['AgendaItemAdded', 'Ärendet fördes upp på dagordningen för Styrelsemöte mars (§ 1)'],
      ['AgendaItemOpened', '§ 1 togs upp vid Styrelsemöte mars'],
      ['RecusalDeclared', 'Jäv anmält av [raderad person]'],
      ['VoteCast', 'Röst vid votering: ja (Ärla Ordförande)'],
      ['VoteCast', 'Röst vid votering: ja (p-m1)'],
      ['VoteCast', 'Röst vid votering: ja (p-m2)'],
      ['OutcomeRecorded', 'Beslut efter votering: bifall 250 000 kr'],
      ['AgendaItemClosed', '§ 1 avslutades'],
      ['MinutesAttested', 'Protokollet justerades av ordföranden Ärla Ordförande'],
      ['MinutesAttested', 'Protokollet justerades av justeraren p-m1'],
      ['BoardDecisionTookEffect', 'Styrelsens beslut gäller efter justering 2024-03-20: bifall 250 000 kr'],
    ]);
  });

  it('names who acted, in which role, on which Swedish day', () => {
    expect(timeline.entries[0]).toMatchObject({
      at: '2024-02-10T09:00:00.000Z',
      date: '2024-02-10',
      actor: { userId: 'u-applicant', name: 'Åsa Sökande', role: 'applicant' },
      motivation: null,
    });
    expect(timeline.entries[1]!.actor).toEqual({ userId: 'system', name: 'Systemet', role: 'system' });
    expect(timeline.entries.find((e) => e.type === 'RecusalDeclared')!.motivation).toBe('Närstående till sökande');
  });

  it('gives a board decision with the policy version in force, the board that day, votes and recusals', () => {
    const outcome = timeline.entries.find((e) => e.type === 'OutcomeRecorded')!;
    expect(outcome.decision).toMatchObject({
      by: 'board',
      outcome: 'approved',
      outcomeText: 'bifall',
      amount: '250 000 kr',
      policy: { policyId: 'asf', revision: 2 },
      meeting: { meetingId: 'm-2024-03', date: '2024-03-14', label: 'Styrelsemöte mars', itemNo: 1 },
      recusals: [{ personId: 'p-m3', name: '[raderad person]', reason: 'Närstående till sökande' }],
      tally: { yes: 3, no: 0, abstain: 0 },
    });
    expect(outcome.decision!.board).toHaveLength(10);
    expect(outcome.decision!.board![0]).toMatchObject({ personId: 'p-chair', name: 'Ärla Ordförande', positionText: 'ordförande' });
    expect(outcome.decision!.votes.map((v) => v.name)).toEqual(['Ärla Ordförande', 'p-m1', 'p-m2']);
    expect(timeline.entries.find((e) => e.type === 'BoardDecisionTookEffect')!.decision).toEqual(outcome.decision);
  });

  it('leaves out what the meeting did with other cases', () => {
    expect(timeline.entries.filter((e) => e.summary.includes('§ 2'))).toEqual([]);
  });

  it('given no application stream, is null', () => {
    expect(buildCaseTimeline({ ...caseHistory(), application: [] }, names)).toBeNull();
  });
});
