/** The panel behind the selected tab, as the tab panel of the navigation's tab list. */
import type { TabId } from '../context';
import { ChroniclePanel } from './chronicle-panel';
import { ConsultationsPanel } from './consultations-panel';
import { DelegationsPanel } from './delegations-panel';
import { EndScreen } from './end-screen';
import { ImplementationPanel } from './implementation-panel';
import { PlenaryPanel } from './plenary-panel';
import { ProposalsPanel } from './proposals-panel';

function panelFor(tab: TabId) {
  switch (tab) {
    case 'consultations': return <ConsultationsPanel />;
    case 'proposals': return <ProposalsPanel />;
    case 'plenary': return <PlenaryPanel />;
    case 'implementation': return <ImplementationPanel />;
    case 'delegations': return <DelegationsPanel />;
    case 'chronicle': return <ChroniclePanel />;
    case 'results': return <EndScreen />;
  }
}

export function PanelView({ tab }: { tab: TabId }) {
  return (
    <div id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`} class="panel">
      {panelFor(tab)}
    </div>
  );
}
