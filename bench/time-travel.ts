import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { type NewEvent, SqliteEventStore, Upcasters } from '@beslutskedjan/event-store';
import { CommandExecutor } from '@beslutskedjan/platform';
import { policyDecider, type PolicyCommand, type PolicyEvent, POLICY_EVENT_SCHEMA_VERSIONS, type PolicyState } from '@beslutskedjan/policy';
import { BENCH_TENANT, CHAIR, DIRECTOR, dateOf, draftBody, instant, seedStreamId } from './support/fixtures.js';
import { latencySummary, now } from './support/stats.js';
import { atMost, check, type BenchContext, type Measurement, type MeasurementOutcome } from './support/types.js';

const POLICY = 'time-travel';
const LENGTH = 1000;

/** 500 draft/adopt pairs made by the real decider (so every fact is one the rules allow), one day apart. */
export function history(): NewEvent[] {
  let state: PolicyState = policyDecider.initialState();
  const events: NewEvent[] = [];
  for (let day = 0; events.length < LENGTH; day++) {
    const revision = Math.floor(day / 2) + 1;
    const draft = day % 2 === 0;
    const command: PolicyCommand = draft
      ? {
          type: 'DraftPolicyRevision',
          data: { policyId: POLICY, ...draftBody() },
          metadata: { now: instant(day), actor: { ...DIRECTOR }, tenant: BENCH_TENANT },
        }
      : {
          type: 'AdoptPolicyRevision',
          data: {
            policyId: POLICY,
            revision,
            adoptedOn: dateOf(day),
            meeting: { label: `Styrelsemöte ${dateOf(day)}` },
            effectiveFrom: dateOf(day),
          },
          metadata: { now: instant(day), actor: { ...CHAIR }, tenant: BENCH_TENANT },
        };
    for (const event of policyDecider.decide(command, state)) {
      state = policyDecider.evolve(state, event);
      events.push({
        eventId: randomUUID(),
        type: event.type,
        data: event.data,
        metadata: {
          tenant: BENCH_TENANT,
          actor: command.metadata.actor,
          correlationId: randomUUID(),
          causationId: null,
          occurredAt: instant(day),
          schemaVersion: POLICY_EVENT_SCHEMA_VERSIONS[event.type],
        },
      });
    }
  }
  return events;
}

/**
 * Time travel: the state of a 1,000-event policy stream as of an instant (readStream with asOf,
 * fold with policyDecider.evolve through the upcasters) against loading its current state from
 * the store (readStream + the same fold, as the CommandExecutor does on a stream it has not kept).
 * The executor's kept state (a tail read of nothing new) is sampled too and reported beside it.
 * Interleaved in rotating order; medians compared.
 */
export const timeTravelMeasurement: Measurement = {
  id: 'time-travel',
  title: 'Time travel',
  async run(ctx: BenchContext): Promise<MeasurementOutcome> {
    const iterations = ctx.quick ? 150 : 400;
    const dir = ctx.tempDir('time-travel');
    const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    try {
      const streamId = seedStreamId(POLICY);
      await store.append(streamId, history(), 'no_stream');
      const upcasters = new Upcasters();
      const executor = new CommandExecutor(store, upcasters);
      const asOf = async (instantIso?: string) => {
        const stored = await store.readStream(streamId, instantIso === undefined ? {} : { asOf: instantIso });
        const state = stored.reduce(
          (s, e) => policyDecider.evolve(s, upcasters.apply(e) as unknown as PolicyEvent),
          policyDecider.initialState(),
        );
        return { state, events: stored.length };
      };
      const end = instant(LENGTH - 2); // the last adoption's day is LENGTH-1: all but one event
      const middle = instant(LENGTH / 2 - 1);
      const sample = { current: [] as number[], kept: [] as number[], asOfEnd: [] as number[], asOfMiddle: [] as number[] };
      const counts = { current: 0, asOfEnd: (await asOf(end)).events, asOfMiddle: (await asOf(middle)).events };
      counts.current = (await store.readStream(streamId)).length;
      ctx.log(
        `stream of ${counts.current} events; ${iterations} alternating loads (current, asOf near the end, asOf mid-history; order rotated)`,
      );
      // The order rotates every iteration: whichever load runs first also pays for the garbage
      // the previous iteration left, so a fixed order would favour the later ones.
      const loads: Array<[keyof typeof sample, () => Promise<unknown>]> = [
        ['current', () => asOf(undefined)],
        ['kept', () => executor.load(streamId, policyDecider)],
        ['asOfEnd', () => asOf(end)],
        ['asOfMiddle', () => asOf(middle)],
      ];
      for (let i = 0; i < iterations + 20; i++) {
        for (let k = 0; k < loads.length; k++) {
          const [name, load] = loads[(i + k) % loads.length] as (typeof loads)[number];
          const t0 = now();
          await load();
          if (i >= 20) sample[name].push(now() - t0); // the first 20 iterations warm up
        }
      }
      const current = latencySummary(sample.current);
      const kept = latencySummary(sample.kept);
      const atEnd = latencySummary(sample.asOfEnd);
      const atMiddle = latencySummary(sample.asOfMiddle);
      ctx.log(
        `p50: current ${current.p50} ms (kept by the executor ${kept.p50} ms), asOf end ${atEnd.p50} ms, asOf middle ${atMiddle.p50} ms`,
      );
      return {
        status: 'measured',
        checks: [
          check(
            'state as of an instant, 1,000-event stream',
            {
              value: atEnd.p50,
              unit: 'ms',
              label: `readStream(asOf) + evolve, asOf = day of event ${counts.asOfEnd} (worst case: ${counts.asOfEnd} events folded)`,
            },
            { value: current.p50, unit: 'ms', label: `current state from the store (readStream + evolve), ${counts.current} events` },
            atMost(2, 'current state'),
            undefined,
            `asOf mid-history (${counts.asOfMiddle} events): p50 ${atMiddle.p50} ms; the current state a process already keeps (CommandExecutor.load: a tail read that finds nothing new) p50 ${kept.p50} ms`,
          ),
        ],
        figures: {
          streamEvents: counts.current,
          iterations,
          counts,
          currentMs: current,
          keptMs: kept,
          asOfEndMs: atEnd,
          asOfMiddleMs: atMiddle,
        },
        notes: ['The events are 500 DraftPolicyRevision/AdoptPolicyRevision pairs made by policyDecider, one day apart.'],
      };
    } finally {
      await store.close();
    }
  },
};
