import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { formatDate, formatDateTime } from '@/lib/format';
import { RevokeTokenButton } from '@/modules/apiTokens/components/RevokeTokenButton';
import { myApiTokensQueryOptions } from '@/modules/apiTokens/hooks/myApiTokensQueryOptions';
import { TOKEN_STATUS_LABELS, tokenStatus } from '@/modules/apiTokens/utils/tokenStatus';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { scalarText } from '@/ui/scalarText';

/** The user's own tokens with their status; a valid one can be revoked. */
export function ApiTokensPanel() {
  const id = useId();
  const query = useQuery(myApiTokensQueryOptions());
  const tokens = query.data?.myApiTokens ?? [];
  const [revoked, setRevoked] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  function onRevoked(name: string, revokedNow: boolean) {
    setRevoked(
      revokedNow
        ? `De token “${name}” is ingetrokken en werkt niet meer.`
        : `De token “${name}” was al ingetrokken of verlopen.`,
    );
    heading.current?.focus();
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Uw tokens
      </h2>
      <p role="status">{revoked}</p>
      <LoadingPanel
        isLoading={query.isPending}
        error={query.error}
        isEmpty={tokens.length === 0}
        emptyText="U hebt nog geen tokens."
        loadingText="Uw tokens worden geladen…"
        onRetry={() => void query.refetch()}
      >
        <div className="data-table__scroll" tabIndex={0} role="region" aria-label="Uw tokens">
          <table className="data-table">
            <caption>Uw API-tokens, de nieuwste bovenaan</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Begint met</th>
                <th scope="col">Gemaakt</th>
                <th scope="col">Laatst gebruikt</th>
                <th scope="col">Geldig tot en met</th>
                <th scope="col">Status</th>
                <th scope="col" className="no-print">
                  Actie
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => {
                const expiresAt = scalarText(token.expiresAt);
                const lastUsedAt = scalarText(token.lastUsedAt);
                const status = tokenStatus({
                  expiresAt: expiresAt ?? '',
                  revokedAt: scalarText(token.revokedAt),
                });
                return (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>
                      <code>{token.prefix}…</code>
                    </td>
                    <td>{formatDate(scalarText(token.createdAt))}</td>
                    <td>{lastUsedAt ? formatDateTime(lastUsedAt) : 'Nog niet'}</td>
                    <td>{formatDate(expiresAt)}</td>
                    <td>{TOKEN_STATUS_LABELS[status]}</td>
                    <td className="no-print">
                      {status === 'geldig' && (
                        <RevokeTokenButton id={token.id} name={token.name} onRevoked={onRevoked} />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </LoadingPanel>
    </section>
  );
}
