import { useEffect, useId, useRef } from 'react';
import { formatDate } from '@/lib/format';
import { CopyButton } from '@/modules/apiTokens/components/CopyButton';

interface NewTokenNoticeProps {
  token: string;
  name: string;
  expiresAt: string | null;
  onDone: () => void;
}

/** The new token, shown this one time; focus moves here so screen readers hear it at once. */
export function NewTokenNotice({ token, name, expiresAt, onDone }: NewTokenNoticeProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="panel token-notice" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Uw nieuwe token “{name}”
      </h2>
      <p>
        <strong>Kopieer de token nu en bewaar hem veilig.</strong> U ziet hem hierna nooit meer; Leerlus
        bewaart alleen een onherkenbare versie. De token is geldig tot en met {formatDate(expiresAt)}.
      </p>
      <div className="form__field">
        <label htmlFor={`${id}-token`}>Token</label>
        <input
          id={`${id}-token`}
          className="token-notice__value"
          readOnly
          value={token}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <p className="form__actions">
        <CopyButton text={token} what="de token" />
        <button type="button" className="button" onClick={onDone}>
          Klaar, ik heb de token bewaard
        </button>
      </p>
    </section>
  );
}
