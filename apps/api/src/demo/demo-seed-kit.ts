import {
  applicationDecider,
  type ApplicationCommand,
  APPLICATION_EVENT_SCHEMA_VERSIONS,
  CASE_REGISTER_EVENT_SCHEMA_VERSIONS,
  applicationStreamId,
  caseRegisterStreamId,
  type Screening,
  type ApplicationContent,
  type PolicyVersionRef,
  caseNumberOf,
  caseRegisterDecider,
  type PolicyInForce,
} from '@beslutskedjan/application';
import {
  boardDecider,
  type BoardCommand,
  BOARD_EVENT_SCHEMA_VERSIONS,
  boardStreamId,
  type BoardSeat,
  compositionOn,
  caseSnapshot,
  meetingDecider,
  type MeetingCommand,
  MEETING_EVENT_SCHEMA_VERSIONS,
  meetingStreamId,
  type CaseSnapshot,
} from '@beslutskedjan/board';
import type { Actor } from '@beslutskedjan/event-store';
import { type CommandContext, type CommandExecutor, type CommandResult, newIdFor } from '@beslutskedjan/platform';
import {
  swedishDateOf,
  DEMO_POLICY_ID,
  GENERAL_GUIDELINES_ID,
  policyDecider,
  policyStreamId,
  versionInForceIn,
} from '@beslutskedjan/policy';
import type { Command, Decider, DomainEvent } from '@beslutskedjan/shared';

/** A command as written in the seed script: the kit stamps the metadata from the step. */
export type Unstamped<C> = C extends Command ? Omit<C, 'metadata'> : never;

/** One thing a person did: who, when (ISO timestamp) and the step's key (`demo-seed-<key>`). */
export interface Step {
  key: string;
  actor: Actor;
  now: string;
}

/** An ISO timestamp for a Swedish wall-clock time (CET or CEST), e.g. `sweden('2012-02-20', '14:00')`. */
export function sweden(date: string, time: string): string {
  for (const offsetHours of [1, 2]) {
    const iso = new Date(`${date}T${time}:00.000Z`);
    iso.setUTCHours(iso.getUTCHours() - offsetHours);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(iso);
    if (local === time) return iso.toISOString();
  }
  throw new Error(`${date} ${time} is not a Swedish wall-clock time`);
}

/**
 * The demo seeding's access to the same deciders users go through (via `CommandExecutor.execute`),
 * and the look-ups their handlers make first: case numbers, policies in force, the board on a date.
 */
export class DemoSeedKit {
  /** Commands that appended events, for the summary line. */
  written = 0;

  constructor(
    private readonly executor: CommandExecutor,
    readonly tenant: string,
  ) {}

  /** A deterministic id (UUID) for an aggregate created by the seed. */
  id(key: string, purpose: string): string {
    return newIdFor({ tenant: this.tenant, idempotencyKey: `demo-seed-${key}` }, purpose);
  }

  context(step: Step): CommandContext {
    return {
      tenant: this.tenant,
      actor: step.actor,
      now: step.now,
      correlationId: 'demo-seed',
      causationId: null,
      idempotencyKey: `demo-seed-${step.key}`,
    };
  }

  application(step: Step, command: Unstamped<ApplicationCommand>): Promise<CommandResult> {
    const streamId = applicationStreamId(this.tenant, command.data.applicationId);
    return this.run(streamId, applicationDecider, APPLICATION_EVENT_SCHEMA_VERSIONS, step, command);
  }

  meeting(step: Step, command: Unstamped<MeetingCommand>): Promise<CommandResult> {
    return this.run(meetingStreamId(this.tenant, command.data.meetingId), meetingDecider, MEETING_EVENT_SCHEMA_VERSIONS, step, command);
  }

  board(step: Step, command: Unstamped<BoardCommand>): Promise<CommandResult> {
    return this.run(boardStreamId(this.tenant), boardDecider, BOARD_EVENT_SCHEMA_VERSIONS, step, command);
  }

  /** As the submit handler: a case number from the year's diarium, then submission and screening. */
  async submit(step: Step, applicationId: string, content: ApplicationContent): Promise<{ caseNumber: string; screening: Screening }> {
    const today = swedishDateOf(step.now) ?? step.now.slice(0, 10);
    const year = Number(today.slice(0, 4));
    const register = caseRegisterStreamId(this.tenant, year);
    await this.run(
      register,
      caseRegisterDecider,
      CASE_REGISTER_EVENT_SCHEMA_VERSIONS,
      { ...step, key: `${step.key}:register` },
      {
        type: 'AssignCaseNumber',
        data: { applicationId, year },
      },
    );
    const caseNumber = caseNumberOf((await this.executor.load(register, caseRegisterDecider)).state, applicationId);
    if (!caseNumber) throw new Error(`No case number was registered for ${applicationId}`);
    const policiesInForce = await this.policiesOn(today);
    await this.application(step, { type: 'SubmitApplication', data: { applicationId, caseNumber, content, policiesInForce } });
    const { state } = await this.executor.load(applicationStreamId(this.tenant, applicationId), applicationDecider);
    if (state.status === 'none' || state.screening === null) throw new Error(`Application ${applicationId} was not screened`);
    return { caseNumber, screening: state.screening };
  }

  /** The demo policies' versions in force on `date`, folded from their streams as the policy decider sees them. */
  async policiesOn(date: string): Promise<PolicyInForce[]> {
    const inForce: PolicyInForce[] = [];
    for (const policyId of [DEMO_POLICY_ID, GENERAL_GUIDELINES_ID].sort()) {
      const { state } = await this.executor.load(policyStreamId(this.tenant, policyId), policyDecider);
      const version = versionInForceIn(state, date);
      if (version !== null) inForce.push({ ref: { policyId, revision: version.revision, title: version.title }, rules: version.rules });
    }
    return inForce;
  }

  /** As the delegated-decision handler: the lowest delegation threshold among the versions in force. */
  async delegationOn(date: string): Promise<{ ref: PolicyVersionRef; delegationThresholdSek: number | null }> {
    const versions = await this.policiesOn(date);
    const withThreshold = versions
      .filter((v) => v.rules.delegationThresholdSek !== null)
      .sort((a, b) => (a.rules.delegationThresholdSek ?? 0) - (b.rules.delegationThresholdSek ?? 0));
    const chosen = withThreshold[0] ?? versions[0];
    if (!chosen) throw new Error(`No policy in force on ${date}`);
    return { ref: chosen.ref, delegationThresholdSek: chosen.rules.delegationThresholdSek };
  }

  /** The board as composed on `date`, as the open-meeting handler computes it. */
  async boardOn(date: string): Promise<BoardSeat[]> {
    return compositionOn((await this.executor.load(boardStreamId(this.tenant), boardDecider)).state, date);
  }

  /** The case as the board sees it on the agenda, as the add-agenda-item handler snapshots it. */
  async snapshot(applicationId: string, kind: 'decision' | 'reported_delegated_decision'): Promise<CaseSnapshot> {
    const { state } = await this.executor.load(applicationStreamId(this.tenant, applicationId), applicationDecider);
    return caseSnapshot(state, kind);
  }

  /** The status of the case an agenda item concerns, as the record-outcome handler checks it. */
  async applicationStatusOfItem(meetingId: string, itemNo: number): Promise<string> {
    const { state } = await this.executor.load(meetingStreamId(this.tenant, meetingId), meetingDecider);
    const item = state.status === 'none' ? undefined : state.items.find((i) => i.itemNo === itemNo);
    if (item === undefined) return 'unknown';
    return (await this.executor.load(applicationStreamId(this.tenant, item.case.applicationId), applicationDecider)).state.status;
  }

  async run<C extends Command, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    schemaVersions: Readonly<Record<E['type'], number>>,
    step: Step,
    command: Unstamped<C>,
  ): Promise<CommandResult> {
    const stamped = { ...command, metadata: { now: step.now, actor: step.actor, tenant: this.tenant } } as unknown as C;
    const result = await this.executor.execute({ streamId, decider, command: stamped, context: this.context(step), schemaVersions });
    if (result.events.length > 0) this.written++;
    return result;
  }
}
