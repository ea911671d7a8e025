import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../../lib/auth/use-session';
import { formatDate } from '../../../lib/format';
import type { ProviderView, RegisteredMember } from '../../../lib/api/views';
import { useListMembers, useListProviders } from '../api/registers';
import { AssessmentForm, CRITERIA } from './assessment-form';
import { MemberForm } from './member-form';
import { ProviderForm } from './provider-form';

/**
 * The förbund's registers: its members with their units, and the providers with the four ASF
 * criteria as the director last assessed them. The director and the administrator register;
 * only the director assesses (the API decides; the forms are shown to those it allows).
 */
export function RegistersPage() {
  const { t } = useTranslation();
  const roles = new Set(useSession()?.roles ?? []);
  const members = useListMembers();
  const providers = useListProviders();
  const canRegister = roles.has('director') || roles.has('admin');
  return (
    <div className="stack">
      <PageHeading>{t('registers.title')}</PageHeading>
      <Paragraph>{t('registers.intro')}</Paragraph>
      <section className="stack" aria-labelledby="members-heading">
        <Heading level={2} data-size="md" id="members-heading">
          {t('registers.members')}
        </Heading>
        <QueryState query={members}>{(data) => <MembersTable members={data.members} />}</QueryState>
        {canRegister ? <MemberForm /> : null}
      </section>
      <section className="stack" aria-labelledby="providers-heading">
        <Heading level={2} data-size="md" id="providers-heading">
          {t('registers.providers')}
        </Heading>
        <QueryState query={providers}>
          {(data) => (
            <>
              <ProvidersTable providers={data.providers} />
              {roles.has('director') && data.providers.length > 0 ? <AssessmentForm providers={data.providers} /> : null}
            </>
          )}
        </QueryState>
        {canRegister ? <ProviderForm /> : null}
      </section>
    </div>
  );
}

function MembersTable({ members }: { members: RegisteredMember[] }) {
  const { t } = useTranslation();
  if (members.length === 0) return <Paragraph>{t('registers.noMembers')}</Paragraph>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="members-heading">
      <Table className="responsive-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('registers.fields.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('registers.fields.kind')}</Table.HeaderCell>
            <Table.HeaderCell>{t('registers.fields.organisationNumber')}</Table.HeaderCell>
            <Table.HeaderCell>{t('registers.fields.units')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {members.map((m) => (
            <Table.Row key={m.organisationNumber}>
              <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
              <Table.Cell>{t(`memberKind.${m.kind}`)}</Table.Cell>
              <Table.Cell>{m.organisationNumber}</Table.Cell>
              <Table.Cell>
                <ul className="plain-list">
                  {m.units.map((u) => (
                    <li key={u.code}>
                      {u.name} <span className="muted">({u.code})</span>
                    </li>
                  ))}
                </ul>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function ProvidersTable({ providers }: { providers: ProviderView[] }) {
  const { t, i18n } = useTranslation();
  if (providers.length === 0) return <Paragraph>{t('registers.noProviders')}</Paragraph>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="providers-heading">
      <Table className="responsive-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('registers.fields.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('registers.fields.organisationNumber')}</Table.HeaderCell>
            <Table.HeaderCell>{t('registers.asfStatus')}</Table.HeaderCell>
            <Table.HeaderCell>{t('registers.latestAssessment')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {providers.map((p) => {
            const a = p.latestAssessment;
            return (
              <Table.Row key={p.organisationNumber}>
                <Table.HeaderCell scope="row">
                  {p.name}
                  {p.presentsAsAsf ? <div className="muted">{t('registers.presentsAsAsf')}</div> : null}
                </Table.HeaderCell>
                <Table.Cell>{p.organisationNumber}</Table.Cell>
                <Table.Cell>{t(`registers.status.${p.asfStatus}`)}</Table.Cell>
                <Table.Cell>
                  {a === null ? (
                    t('registers.notAssessed')
                  ) : (
                    <div className="stack">
                      <span>{t('registers.assessedOn', { date: formatDate(a.assessedOn, i18n.language), source: a.source })}</span>
                      <ul className="plain-list">
                        {CRITERIA.map((c) => (
                          <li key={c}>
                            {t(`registers.criteria.${c}`)}: {t(`registers.met.${a.criteria[c].met ? 'yes' : 'no'}`)}
                            {a.criteria[c].note ? <span className="muted"> – {a.criteria[c].note}</span> : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
