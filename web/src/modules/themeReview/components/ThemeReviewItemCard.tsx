import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ThemeReviewDecision, ThemeReviewQueueQuery } from '@/generated/graphql';
import { formatDate, formatPercent } from '@/lib/format';
import { HighlightedText } from '@/modules/themeReview/components/HighlightedText';
import { reviewReasonLabels } from '@/modules/themeReview/utils/reviewReasonLabels';

type Item = ThemeReviewQueueQuery['themeReviewQueue']['items'][number];

interface ThemeReviewItemCardProps {
  item: Item;
  options: readonly { code: string; label: string }[];
  isSaving: boolean;
  /** True after a decision: the card that follows it takes the focus. */
  takeFocus: boolean;
  onDecide: (decision: ThemeReviewDecision, themeCode?: string) => void;
}

/**
 * One suggestion to judge. Keys: Enter or "a" accepts, "g" means no theme, "k" moves to the theme list.
 * After a decision the next card takes focus, so a reviewer works through the queue with the keyboard;
 * the first card does not, so the page opens like every other page (skip link first, WCAG 2.4.3).
 */
export function ThemeReviewItemCard({
  item,
  options,
  isSaving,
  takeFocus,
  onDecide,
}: ThemeReviewItemCardProps) {
  const cardRef = useRef<HTMLElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const selectId = useId();
  const [other, setOther] = useState('');
  useEffect(() => {
    if (takeFocus) cardRef.current?.focus();
  }, [takeFocus]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== cardRef.current || isSaving) return;
    if (event.key === 'Enter' || event.key === 'a') onDecide('geaccepteerd');
    else if (event.key === 'g') onDecide('geen_thema');
    else if (event.key === 'k') selectRef.current?.focus();
    else return;
    event.preventDefault();
  }

  return (
    <article
      ref={cardRef}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="panel review-card"
      aria-labelledby={`${selectId}-title`}
      aria-describedby={`${selectId}-keys`}
    >
      <h2 id={`${selectId}-title`}>
        Voorstel: {item.suggestedThemeLabel}
        {item.confidence !== null && item.confidence !== undefined && (
          <> (zekerheid {formatPercent(item.confidence)})</>
        )}
      </h2>
      <p>
        {reviewReasonLabels[item.reason]} · {item.domainLabel} · ontvangen {formatDate(item.receivedOn)}
        {item.ruleThemeLabel && <> · trefwoorden wezen op: {item.ruleThemeLabel}</>}
      </p>
      <HighlightedText text={item.textRedacted ?? ''} spans={item.highlights} />
      <p id={`${selectId}-keys`} className="hint">
        Toetsen: Enter of A = klopt, G = geen thema, K = ander thema kiezen.
      </p>
      <div className="review-actions">
        <button type="button" className="button" disabled={isSaving} onClick={() => onDecide('geaccepteerd')}>
          Klopt
        </button>
        <label htmlFor={selectId}>Ander thema</label>
        <select
          id={selectId}
          ref={selectRef}
          value={other}
          onChange={(event) => setOther(event.target.value)}
        >
          <option value="">Kies een thema…</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={isSaving || other === ''}
          onClick={() => onDecide('ander_thema', other)}
        >
          Dit thema kiezen
        </button>
        <button type="button" className="button" disabled={isSaving} onClick={() => onDecide('geen_thema')}>
          Geen thema
        </button>
      </div>
    </article>
  );
}
