import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '../../../../shared/contract/jobs.ts';
import { BoardCardView } from './BoardCardView.tsx';
import { STATUS_COLOUR, type BoardStatus } from './jobMoves.ts';

/** Cards drawn at first in a column; the rest come a page at a time ("N more"). */
export const FIRST_CARDS = 40;
const PAGE = 100;

interface Props {
  status: BoardStatus;
  count: number;
  cards: BoardCard[];
  /** How many are drawn: at least up to the focused card. */
  shown: number;
  onShowMore: (status: BoardStatus, shown: number) => void;
  focusedId: number | null;
  focusKeys: { key: string; label: string }[] | null;
  onFocus: (card: BoardCard) => void;
  onOpen: (card: BoardCard) => void;
  onDrop: (jobId: number, status: BoardStatus) => void;
}

/** A status's column: its colour, its count, its cards (capped), and a drop target for drags. */
export function BoardColumn({ status, count, cards, shown, onShowMore, focusedId, focusKeys, onFocus, onOpen, onDrop }: Props) {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  const [over, setOver] = useState(false);
  const visible = cards.slice(0, shown);
  const hidden = cards.length - visible.length;
  return (
    <section
      className="jb-column"
      data-testid={`column-${status}`}
      data-drop={over || undefined}
      style={{ '--jb-colour': `var(--mantine-color-${STATUS_COLOUR[status]}-6)` } as CSSProperties}
      aria-label={t(`jobs:statuses.${status}`)}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('text/x-job')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = Number(e.dataTransfer.getData('text/x-job'));
        if (id) onDrop(id, status);
      }}
    >
      <div className="jb-column-head">
        <span>{t(`jobs:statuses.${status}`)}</span>
        <span className="jb-count" data-testid="column-count">
          {count}
        </span>
      </div>
      <div className="jb-cards">
        {visible.length === 0 && <div className="jb-dim">{t('board.empty')}</div>}
        {visible.map((card) => (
          <BoardCardView
            key={card.id}
            card={card}
            focused={card.id === focusedId}
            keys={card.id === focusedId ? focusKeys : null}
            onFocus={onFocus}
            onOpen={onOpen}
          />
        ))}
        {hidden > 0 && (
          <button type="button" className="jb-more" onClick={() => onShowMore(status, shown + PAGE)}>
            {t('board.more', { count: Math.min(hidden, PAGE) })}
          </button>
        )}
      </div>
    </section>
  );
}
