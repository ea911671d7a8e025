import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../api/follow-meeting';
import type { MeetingLiveData, MeetingRoomView } from '../api/views';
import { NS } from '../i18n';

const COLOR: Record<LiveState, 'success' | 'warning' | 'info' | 'neutral'> = {
  live: 'success',
  connecting: 'info',
  reconnecting: 'warning',
  stopped: 'neutral',
};

export function LiveStatus({ state }: { state: LiveState }) {
  const { t } = useTranslation(NS);
  return (
    <p className="live-status">
      <Tag data-color={COLOR[state]}>{t(`live.${state}`)}</Tag>
    </p>
  );
}

/**
 * The live region a screen reader reads out: what just changed, and for a decision the outcome
 * itself, worded from the room as the API now reports it.
 */
export function LiveAnnouncer({
  change,
  room,
}: {
  change: Extract<MeetingLiveData, { kind: 'change' }> | null;
  room: MeetingRoomView | undefined;
}) {
  const { t } = useTranslation(NS);
  let text = '';
  if (change) {
    const decided = room?.items.find((i) => i.itemNo === change.itemNo)?.outcome ?? null;
    const key = change.type === 'OutcomeRecorded' && decided === null ? 'other' : change.type;
    text = t(`announce.${key}`, {
      itemNo: change.itemNo ?? '',
      outcome: decided ? t(`outcome.${decided}`) : '',
      defaultValue: t('announce.other'),
    });
  }
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="meeting-announcer">
      {text}
    </div>
  );
}
