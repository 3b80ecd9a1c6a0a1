import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '../../../../shared/contract/jobs.ts';
import { formatWhen } from '../../format.ts';

interface Props {
  card: BoardCard;
  focused: boolean;
  /** The focused card's moves: key and label (the keyboard's legend). */
  keys: { key: string; label: string }[] | null;
  onFocus: (card: BoardCard) => void;
  onOpen: (card: BoardCard) => void;
}

/** One card: plain elements (the board may hold 2,000); overdue and stale are said in words, not colour only. */
export const BoardCardView = memo(function BoardCardView({ card, focused, keys, onFocus, onOpen }: Props) {
  const { t } = useTranslation('jobBoard');
  return (
    <div
      className="jb-card"
      data-testid="job-card"
      data-number={card.number}
      data-overdue={card.overdue || undefined}
      tabIndex={focused ? 0 : -1}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/x-job', String(card.id));
        e.dataTransfer.effectAllowed = 'move';
      }}
      onFocus={() => onFocus(card)}
      onClick={() => onFocus(card)}
      onDoubleClick={() => onOpen(card)}
      ref={(el) => {
        if (focused && el && document.activeElement !== el && !document.querySelector('[role="dialog"]'))
          el.focus({ preventScroll: false });
      }}
    >
      <div className="jb-card-top">
        <span className="jb-num">{card.number}</span>
        <span>
          {card.overdue && <span className="jb-flag jb-flag-overdue">{t('board.overdue')}</span>}
          {card.stale && <span className="jb-flag jb-flag-stale">{t('board.stale')}</span>}
        </span>
      </div>
      <div className="jb-line">{card.customerName}</div>
      {card.assetLabel && <div className="jb-line jb-dim">{card.assetLabel}</div>}
      <div className="jb-line" title={card.fault}>
        {card.fault}
      </div>
      <div className="jb-line jb-dim">{card.technicianName ?? t('board.unassigned')}</div>
      <div className="jb-line jb-dim" data-overdue={card.overdue || undefined}>
        {card.promisedReadyAt ? t('board.due', { when: formatWhen(card.promisedReadyAt) }) : t('board.noPromise')}
      </div>
      {keys && keys.length > 0 && (
        <div className="jb-keys" data-testid="card-keys">
          {keys.map((k) => (
            <span key={k.key + k.label} className="jb-key">
              <kbd>{k.key}</kbd> {k.label}
            </span>
          ))}
        </div>
      )}
    </div>
  );
});
