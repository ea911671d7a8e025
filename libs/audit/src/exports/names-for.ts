import type { NameOf } from '../timeline/case-timeline.types.js';

/** Names as a thread's documents show them: a plain record (functions do not cross threads). */
export type Names = Record<string, string>;

/**
 * The names a document may show, as a record: every string in it that the directory knows as a person.
 * Documents name people by id in their data and look the names up while they are drawn.
 */
export function namesFor(document: unknown, nameOf: NameOf): Names {
  const names: Names = {};
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length > 200 || seen.has(value)) return;
      seen.add(value);
      const name = nameOf(value);
      if (name !== value) names[value] = name;
    } else if (Array.isArray(value)) for (const v of value) visit(v);
    else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  visit(document);
  return names;
}

/** The thread side's lookup: an id the record does not know is shown as it is, as PeopleDirectory does. */
export const nameOfIn =
  (names: Names): NameOf =>
  (id) =>
    names[id] ?? id;
