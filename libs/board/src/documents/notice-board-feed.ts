import type { NoticeBoardEntry } from '../read/notice-board.queries.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The notice board as Atom: one entry per posted set of minutes. */
export function noticeBoardAtom(
  tenant: string,
  forbundName: string,
  notices: readonly NoticeBoardEntry[],
  publicUrl: string,
  now: string,
): string {
  const self = `${publicUrl}/api/public/${tenant}/notice-board.atom`;
  const entries = notices.map((n) => {
    const lines = n.decisions.map((d) => `§ ${d.itemNo} ${d.caseNumber} ${d.title}: ${d.outcome ?? 'anmält'}`).join('\n');
    return `  <entry>
    <id>urn:beslutskedjan:${escape(tenant)}:anslag:${escape(n.meetingId)}</id>
    <title>${escape(n.heading)}</title>
    <updated>${n.postedOn}T00:00:00Z</updated>
    <summary>${escape(`Protokollet justerades den ${n.attestedOn} och tillkännagavs på anslagstavlan den ${n.postedOn}. Sista dag att överklaga är ${n.appealEndsOn}.\n${lines}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <id>urn:beslutskedjan:${escape(tenant)}:anslagstavla</id>
  <title>${escape(`${forbundName} – anslagstavla`)}</title>
  <updated>${now}</updated>
  <link rel="self" href="${escape(self)}"/>
${entries.join('\n')}
</feed>
`;
}
