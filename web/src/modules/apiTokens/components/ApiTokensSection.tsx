import { useState } from 'react';
import type { CreateApiTokenMutation } from '@/generated/graphql';
import { ApiTokensPanel } from '@/modules/apiTokens/components/ApiTokensPanel';
import { CreateApiTokenForm } from '@/modules/apiTokens/components/CreateApiTokenForm';
import { NewTokenNotice } from '@/modules/apiTokens/components/NewTokenNotice';
import { scalarText } from '@/ui/scalarText';

/** Make a token (shown once, until the user says they stored it) and manage the existing ones. */
export function ApiTokensSection() {
  const [created, setCreated] = useState<CreateApiTokenMutation['createApiToken'] | null>(null);
  return (
    <>
      {created ? (
        <NewTokenNotice
          token={created.token}
          name={created.info.name}
          expiresAt={scalarText(created.info.expiresAt)}
          onDone={() => setCreated(null)}
        />
      ) : (
        <CreateApiTokenForm onCreated={setCreated} />
      )}
      <ApiTokensPanel />
    </>
  );
}
