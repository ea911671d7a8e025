import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { useGetBoardComposition } from '../api/board-composition';
import { NS } from '../i18n';

/** Who sat on the board on a chosen day (today by default), as quorum and votes were judged. */
export function BoardOnDate({ nameOf }: { nameOf: (personId: string) => string }) {
  const { t } = useTranslation(NS);
  const [input, setInput] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const board = useGetBoardComposition(date);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDate(input.trim() === '' ? null : input.trim());
  };
  return (
    <section aria-labelledby="board-on-heading" className="stack">
      <Heading level={2} data-size="sm" id="board-on-heading">
        {t('onDate')}
      </Heading>
      <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="board-on-heading">
        <Textfield
          id="board-on-date"
          label={t('date')}
          description={t('dateHint')}
          value={input}
          onChange={(e) => setInput(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('show')}
        </Button>
      </form>
      <QueryState query={board}>
        {({ date: on, seats }) => (
          <div>
            <Heading level={3} data-size="xs">
              {t('boardOn', { date: on })}
            </Heading>
            {seats.length === 0 ? (
              <Paragraph>{t('noSeats')}</Paragraph>
            ) : (
              <ul data-testid="board-on-date">
                {seats.map((s) => (
                  <li key={s.appointmentId}>
                    {nameOf(s.personId)}, {t(`positions.${s.position}`)} ({s.memberOrganisation.name})
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </QueryState>
    </section>
  );
}
