import type { TestApp } from './test-app.js';
import { seedPolicyOverHttp } from './seed-policy.js';
import { applicationContent, client, member } from './workflow-fixtures.js';

export type Api = ReturnType<typeof client>;

/** One command of a meeting as a person gives it: who, where, what. */
export interface MeetingStep {
  who: string;
  path: string;
  body?: Record<string, unknown>;
}

/** Names the people directory learns from each person's token. */
export const SEAT_NAMES: Record<string, string> = {
  chair: 'Carl Ordförande',
  kommun: 'Kim Kommunsson',
  region: 'Rut Regionsdotter',
  af: 'Alf Arbetsson',
  fk: 'Fia Kassadotter',
  'sub-af': 'Siv Ersättare',
};

/**
 * A tenant with a policy, a five-seat board (the AF member absent, their substitute serving) and a
 * scheduled meeting with `items` recommended cases on its agenda. Returns the tokens by person.
 */
export async function boardWithMeeting(t: TestApp, tenant: string, items: number) {
  await seedPolicyOverHttp(t, tenant);
  await t.settle();
  const api = client(t.http);
  const tok: Record<string, string> = {
    applicant: await t.token(['applicant'], { tenant, userId: `${tenant}-ann` }),
    director: await t.token(['director'], { tenant, userId: `${tenant}-dora` }),
    admin: await t.token(['admin'], { tenant, userId: `${tenant}-adam` }),
    chair: await t.token(['chair', 'board_member'], { tenant, userId: `${tenant}-carl`, name: SEAT_NAMES.chair }),
  };
  for (const seat of ['kommun', 'region', 'af', 'fk', 'sub-af'])
    tok[seat] = await t.token(['board_member'], { tenant, userId: `${tenant}-${seat}`, name: SEAT_NAMES[seat] });
  const appoint = (who: string, position: string, kind: Parameters<typeof member>[0], substituteFor: string | null = null) =>
    api.post(tok.admin!, '/api/board/appointments', {
      personId: `${tenant}-${who}`,
      position,
      memberOrganisation: member(kind),
      substituteFor: substituteFor && `${tenant}-${substituteFor}`,
      termFrom: '2026-11-01',
      termTo: '2027-12-31',
    });
  await appoint('carl', 'chair', 'kommun');
  await appoint('kommun', 'member', 'kommun');
  await appoint('region', 'member', 'region');
  await appoint('af', 'member', 'arbetsformedlingen');
  await appoint('fk', 'member', 'forsakringskassan');
  await appoint('sub-af', 'substitute', 'arbetsformedlingen', 'af');
  // Each person signs in once, so the directory knows their name before anyone looks at the meeting.
  for (const seat of ['chair', 'kommun', 'region', 'af', 'fk', 'sub-af']) await api.get(tok[seat]!, '/api/inbox');

  const scheduled = await api.post(tok.director!, '/api/meetings', { date: '2026-12-10', label: 'Styrelsemöte 2026-12-10' });
  const meetingId = (scheduled.body.streamId as string).split('meeting-')[1]!;
  const applicationIds: string[] = [];
  for (let n = 1; n <= items; n++) {
    const submitted = await api.post(tok.applicant!, '/api/applications', applicationContent({ title: `Arbetsträning ${n}` }));
    const id = submitted.body.applicationId as string;
    applicationIds.push(id);
    await api.post(tok.director!, `/api/applications/${id}/preparation`);
    await api.post(tok.director!, `/api/applications/${id}/recommendation`, {
      recommendation: 'approve',
      motivation: 'Insatsen följer riktlinjerna.',
      terms: { amountSek: 100000 + n, period: { from: '2027-01-01', to: '2027-12-31' }, conditions: [], progressEveryMonths: 6 },
    });
    await api.post(tok.director!, `/api/meetings/${meetingId}/agenda`, { applicationId: id });
  }
  return { api, tok, meetingId, applicationIds, person: (seat: string) => `${tenant}-${seat}` };
}

/** The presiding member opens the meeting; the AF member is absent and their substitute serves. */
export const openingSteps = (meetingId: string, person: (seat: string) => string): MeetingStep[] => [
  {
    who: 'chair',
    path: `/api/meetings/${meetingId}/opening`,
    body: { present: ['carl', 'kommun', 'region', 'fk', 'sub-af'].map(person), adjusterId: person('region') },
  },
];

/**
 * One item: opened, optionally a recusal, the question put on the recommendation (motion 0),
 * votering asked for, a vote by name per serving seat, the outcome recorded and the item closed.
 */
export function itemSteps(meetingId: string, itemNo: number, _person: (seat: string) => string, recused?: string): MeetingStep[] {
  const item = `/api/meetings/${meetingId}/items/${itemNo}`;
  const voters = ['chair', 'kommun', 'region', 'fk', 'sub-af'].filter((seat) => seat !== recused);
  return [
    { who: 'chair', path: `${item}/opening` },
    ...(recused ? [{ who: recused, path: `${item}/recusals`, body: { reason: 'Anställd hos sökande förvaltning' } }] : []),
    { who: 'chair', path: `${item}/question`, body: { motionNo: 0 } },
    { who: 'region', path: `${item}/votering` },
    ...voters.map((seat) => ({ who: seat, path: `${item}/votes`, body: { vote: 'yes' } })),
    { who: 'chair', path: `${item}/outcome`, body: { outcome: 'approved' } },
    { who: 'chair', path: `${item}/closing` },
  ];
}

export const closingSteps = (meetingId: string): MeetingStep[] => [
  { who: 'chair', path: `/api/meetings/${meetingId}/closing` },
  { who: 'chair', path: `/api/meetings/${meetingId}/attestations` },
  { who: 'region', path: `/api/meetings/${meetingId}/attestations` },
];
