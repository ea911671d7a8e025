import type { DomainEvent } from '@beslutskedjan/shared';

/**
 * A person's name and e-mail address were erased from the people directory. The event holds the
 * user id only (never the name); decisions keep naming the person by id and show "[raderad person]".
 * Stream: `${tenant}/people-${userId}`.
 */
export type PersonalDataErased = DomainEvent<'PersonalDataErased', { userId: string; erasedBy: string; reason: string }>;

export type PersonEvent = PersonalDataErased;

export const PERSON_EVENT_SCHEMA_VERSIONS: Readonly<Record<PersonEvent['type'], number>> = { PersonalDataErased: 1 };

export const personStreamId = (tenant: string, userId: string) => `${tenant}/people-${userId}`;
