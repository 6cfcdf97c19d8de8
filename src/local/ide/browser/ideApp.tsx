import './setupMonacoWorkers';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { IDE_SETTINGS_ELEMENT_ID, type IdeIdentity, type IdeSettings } from '../ideSettings';
import './ide.css';

const settings = JSON.parse(
  document.getElementById(IDE_SETTINGS_ELEMENT_ID)?.textContent ?? '{}',
) as IdeSettings;

/**
 * The request is sent as the identity picked above the editor; a header typed
 * into GraphiQL's own headers editor still wins, so any other token can be tried.
 */
function IdeApp() {
  const [identity, setIdentity] = useState<IdeIdentity | undefined>(settings.identities[0]);
  const fetcher = createGraphiQLFetcher({
    url: settings.endpoint,
    headers: identity ? { authorization: `Bearer ${identity.token}` } : {},
  });
  return (
    <div className="ide">
      <nav className="ide-identities" aria-label="Send requests as">
        <span>Send as</span>
        {settings.identities.map((candidate) => (
          <button
            key={candidate.label}
            type="button"
            title={candidate.description}
            aria-pressed={candidate === identity}
            onClick={() => setIdentity(candidate)}
          >
            {candidate.label}
          </button>
        ))}
        <button type="button" aria-pressed={identity === undefined} onClick={() => setIdentity(undefined)}>
          no token
        </button>
      </nav>
      <GraphiQL
        // A new identity is a new fetcher: GraphiQL then reloads the schema with that token.
        key={identity?.label ?? 'anonymous'}
        fetcher={fetcher}
        defaultTabs={settings.tabs}
        defaultEditorToolsVisibility={false}
      />
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<IdeApp />);
