import { createHash } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, type CommandResult, newIdFor, parseInput } from '@beslutskedjan/platform';
import { PEOPLE, type PeopleDirectory } from '@beslutskedjan/people';
import type { Actor } from '@beslutskedjan/event-store';
import { DomainRuleError } from '@beslutskedjan/shared';
import { appointBody } from '../../board.schemas.js';
import { AppointBoardMemberEnvelope } from '../appointing-member/appoint-board-member.handler.js';

/** The columns, in any order: a person, the seat and the term. `name` and `email` go to the people directory only. */
export const CSV_COLUMNS = [
  'personId',
  'name',
  'email',
  'position',
  'organisationKind',
  'organisationName',
  'organisationNumber',
  'substituteFor',
  'termFrom',
  'termTo',
] as const;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; `;` is accepted as the separator (Swedish Excel). */
export function parseCsv(text: string): string[][] {
  const separator = (text.split('\n')[0] ?? '').includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

/**
 * Imports people and board appointments from CSV through the real command (AppointBoardMember):
 * every rule of the board's composition applies, and each row's command has an idempotency key
 * made of the file and the row, so importing the same file twice appoints nobody twice.
 */
export async function importBoardCsv(
  app: INestApplicationContext,
  csv: string,
  options: { tenant: string; actor: Actor; now: Date },
): Promise<
  Array<{ line: number; personId: string; appointmentId: string; /** null: imported by an earlier run */ result: CommandResult | null }>
> {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const columns = (header ?? []).map((h) => h.trim());
  const missing = CSV_COLUMNS.filter((c) => !columns.includes(c) && c !== 'email' && c !== 'substituteFor');
  if (missing.length > 0) throw new Error(`The CSV lacks the columns: ${missing.join(', ')}`);
  const file = createHash('sha256').update(csv).digest('hex').slice(0, 16);
  const commands = app.get(CommandBus);
  const people = app.get<PeopleDirectory>(PEOPLE);
  const done = [];
  for (const [index, cells] of rows.entries()) {
    const line = index + 2;
    const get = (name: string) => (cells[columns.indexOf(name)] ?? '').trim();
    const input = (() => {
      try {
        return parseInput(appointBody, {
          personId: get('personId'),
          position: get('position'),
          memberOrganisation: {
            kind: get('organisationKind'),
            name: get('organisationName'),
            organisationNumber: get('organisationNumber'),
          },
          substituteFor: get('substituteFor') || null,
          termFrom: get('termFrom'),
          termTo: get('termTo'),
        });
      } catch (error) {
        throw new Error(`Line ${line}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    })();
    const at = options.now.toISOString();
    people.upsert(options.tenant, input.personId, { displayName: get('name') || null, email: get('email') || null }, at);
    const context: CommandContext = {
      tenant: options.tenant,
      actor: options.actor,
      now: at,
      correlationId: `csv-import:${file}`,
      causationId: null,
      idempotencyKey: `csv-import:${file}:${line}`,
    };
    const appointmentId = newIdFor(context, 'appointment');
    let result: CommandResult | null;
    try {
      result = await commands.execute<AppointBoardMemberEnvelope, CommandResult>(
        new AppointBoardMemberEnvelope({ ...input, appointmentId }, context),
      );
    } catch (error) {
      // The row's id comes from the file and the line: found already, it was imported by an earlier run.
      if (error instanceof DomainRuleError && error.code === 'APPOINTMENT_ALREADY_EXISTS') result = null;
      else throw new Error(`Line ${line}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    done.push({ line, personId: input.personId, appointmentId, result });
  }
  return done;
}
