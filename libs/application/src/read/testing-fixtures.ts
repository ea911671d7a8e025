import type { Actor, StoredEvent } from '@beslutskedjan/event-store';
import type { BoardEvent, MeetingEvent } from '@beslutskedjan/board';
import type { InitiativeEvent } from '@beslutskedjan/initiative';
import type { ApplicationEvent } from '../application.events.js';
import type { ApplicationContent, ApprovalTerms } from '../application.types.js';

/** An event as a test writes it: which stream, when and by whom; revision and position come later. */
export interface DraftEvent {
  tenant: string;
  streamId: string;
  type: string;
  data: unknown;
  at: string;
  actor: Actor;
}

/** Writes one tenant's history in order, with named marks to replay it up to a point. */
export class Story {
  readonly drafts: DraftEvent[] = [];
  private readonly marks = new Map<string, number>();

  constructor(readonly tenant: string) {}

  application(event: ApplicationEvent, at: string, actor: Actor): this {
    return this.add(`${this.tenant}/application-${event.data.applicationId}`, event, at, actor);
  }

  meeting(event: MeetingEvent, at: string, actor: Actor): this {
    return this.add(`${this.tenant}/meeting-${event.data.meetingId}`, event, at, actor);
  }

  board(event: BoardEvent, at: string, actor: Actor): this {
    return this.add(`${this.tenant}/board`, event, at, actor);
  }

  initiative(event: InitiativeEvent, at: string, actor: Actor): this {
    return this.add(`${this.tenant}/initiative-${event.data.initiativeId}`, event, at, actor);
  }

  mark(label: string): this {
    this.marks.set(label, this.drafts.length);
    return this;
  }

  /** The history up to and including everything written before `mark(label)`. */
  until(label: string): DraftEvent[] {
    const end = this.marks.get(label);
    if (end === undefined) throw new Error(`No mark ${label}`);
    return this.drafts.slice(0, end);
  }

  private add(streamId: string, event: { type: string; data: unknown }, at: string, actor: Actor): this {
    this.drafts.push({ tenant: this.tenant, streamId, type: event.type, data: event.data, at, actor });
    return this;
  }
}

/** Numbers the drafts as a store would: a revision per stream and one global, increasing position. */
export function toStored(drafts: readonly DraftEvent[]): StoredEvent[] {
  const revisions = new Map<string, number>();
  return drafts.map((d, i) => {
    const revision = (revisions.get(d.streamId) ?? -1) + 1;
    revisions.set(d.streamId, revision);
    return {
      eventId: `${d.streamId}-${revision}`,
      type: d.type,
      data: d.data,
      metadata: { tenant: d.tenant, actor: d.actor, correlationId: `c-${i}`, causationId: null, occurredAt: d.at, schemaVersion: 1 },
      streamId: d.streamId,
      revision,
      position: BigInt(i + 1),
    };
  });
}

export const as = (userId: string, role: Actor['role']): Actor => ({ userId, role });

export const content = (overrides: Partial<ApplicationContent> = {}): ApplicationContent => ({
  title: 'Handledare vid ASF Verkstaden',
  description: 'En handledare anställd av kommunen stöttar deltagare i arbetsförberedande insatser hos ett socialt företag.',
  aims: 'Deltagarna kommer närmare arbetsmarknaden.',
  applicant: {
    name: 'Exempelstads kommun',
    organisationNumber: '212000-0001',
    memberKind: 'kommun',
    unit: { code: 'amf', name: 'Arbetsmarknadsförvaltningen' },
  },
  cooperatingMembers: [],
  procuringMember: { kind: 'kommun', name: 'Exempelstads kommun', organisationNumber: '212000-0001' },
  provider: {
    name: 'Verkstaden ekonomisk förening',
    organisationNumber: '769600-0001',
    isAsf: true,
    relation: 'iop',
    isMember: false,
    asfStatus: 'assessed_asf',
  },
  staffEmployer: { name: 'Exempelstads kommun', organisationNumber: '212000-0001', role: 'member' },
  category: 'individual',
  kind: 'supervisor_at_asf',
  targetGroups: ['long_term_unemployed'],
  budget: [
    { year: 2026, amountSek: 120_000 },
    { year: 2027, amountSek: 80_000 },
  ],
  period: { from: '2026-04-01', to: '2027-03-31' },
  fundingRecipient: { name: 'Exempelstads kommun', organisationNumber: '212000-0001', role: 'member' },
  answers: { grantToBusiness: false, aimedAtAsfStaff: false, startsOrDevelopsAsf: false, paysMembershipFees: false },
  ...overrides,
});

export const terms = (amountSek: number): ApprovalTerms => ({
  amountSek,
  period: { from: '2026-04-01', to: '2027-03-31' },
  conditions: ['Lägesrapport var sjätte månad'],
  followUpPlan: {
    items: [
      { n: 1, kind: 'progress_report', dueDate: '2026-10-01' },
      { n: 2, kind: 'final_report', dueDate: '2027-05-01' },
    ],
  },
});
