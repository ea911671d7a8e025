import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { useGetPolicyInForce, useGetPolicyVersions, type PolicyVersionView } from '../api/policy-admin';
import { NS } from '../i18n';
import { DraftCard } from './draft-card';
import { DraftForm } from './draft-form';
import { RetireForm } from './retire-form';

/** Drafting, adopting and retiring the policy: each an API command, shown with the API's answer. */
export function PolicyAdminPage() {
  const { t } = useTranslation(NS);
  const versions = useGetPolicyVersions();
  const inForce = useGetPolicyInForce();
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph>{t('intro')}</Paragraph>
      <QueryState query={inForce}>
        {(current) => <QueryState query={versions}>{({ versions: list }) => <PolicyAdmin current={current} versions={list} />}</QueryState>}
      </QueryState>
    </>
  );
}

function PolicyAdmin({ current, versions }: { current: PolicyVersionView | null; versions: PolicyVersionView[] }) {
  const { t } = useTranslation(NS);
  const drafts = versions.filter((v) => v.status === 'draft');
  const retirement = versions.find((v) => v.retirement !== null)?.retirement ?? null;
  const latest = current ?? versions.at(-1) ?? null;
  const [adopted, setAdopted] = useState('');
  return (
    <>
      <Paragraph data-testid="policy-in-force">
        {current ? t('inForce', { revision: current.revision, title: current.title }) : t('noneInForce')}
      </Paragraph>
      {retirement ? <Paragraph>{t('retired', { date: retirement.retiredOn, reason: retirement.reason })}</Paragraph> : null}
      <section aria-labelledby="versions-heading" className="stack">
        <Heading level={2} data-size="sm" id="versions-heading">
          {t('versions')}
        </Heading>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="versions-caption">
          <Table data-testid="policy-versions">
            <caption id="versions-caption">{t('caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('revision')}</Table.HeaderCell>
                <Table.HeaderCell>{t('versionTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('effectiveFrom')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {versions.map((v) => (
                <Table.Row key={v.revision}>
                  <Table.Cell>{v.revision}</Table.Cell>
                  <Table.Cell>{v.title}</Table.Cell>
                  <Table.Cell>{t(`statuses.${v.status}`)}</Table.Cell>
                  <Table.Cell>{v.adoption?.effectiveFrom ?? '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </section>
      <section aria-labelledby="drafts-heading" className="stack">
        <Heading level={2} data-size="sm" id="drafts-heading">
          {t('drafts')}
        </Heading>
        <p role="status" className="muted" data-testid="adopted">
          {adopted}
        </p>
        {drafts.length === 0 ? <Paragraph>{t('noDrafts')}</Paragraph> : null}
        {drafts.map((d) => (
          <DraftCard key={d.revision} draft={d} inForce={current} onAdopted={setAdopted} />
        ))}
      </section>
      <DraftForm key={latest?.revision ?? 0} base={latest} />
      <RetireForm />
    </>
  );
}
