/** The window: navigation, the current section, toasts and progress, and global shortcuts. */
import { useEffect, useState } from 'react';
import { Nav } from './Nav';
import { useRoute, type SectionId } from './router';
import { handleShortcut, commandById, isTextField } from './commands';
import { platform } from '../platform';
import { FirstStart } from './FirstStart';
import { Toasts } from './Toasts';
import { TaskBar } from './TaskBar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { StoreStatusDialog } from './StoreStatusDialog';
import { useUiStore } from '../store/uiStore';
import { useStoreEmpty } from '../store/liveTables';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { MergeDialog } from '../features/merge/MergeDialog';
import { AccountsSection } from '../features/accounts/AccountsSection';
import { CalendarSection } from '../features/calendar/CalendarSection';
import { ConflictsSection } from '../features/conflicts/ConflictsSection';
import { startConflictDetection } from '../features/conflicts/conflictsClient';
import { RaciSection } from '../features/raci/RaciSection';
import { ExportSection } from '../features/export/ExportSection';
import { PlanSection } from '../features/planner/PlanSection';
import { AgreementSection } from '../features/agreement/AgreementSection';
import { QbrSection } from '../features/qbr/QbrSection';
import { ContactsSection } from '../features/contacts/ContactsSection';
import { ReviewSection } from '../features/review/ReviewSection';

const SECTION_COMPONENTS: Record<SectionId, () => React.JSX.Element> = {
  accounts: AccountsSection,
  calendar: CalendarSection,
  conflicts: ConflictsSection,
  raci: RaciSection,
  export: ExportSection,
  plan: PlanSection,
  agreement: AgreementSection,
  qbr: QbrSection,
  contacts: ContactsSection,
  review: ReviewSection,
};

export function App() {
  const closed = useUiStore((s) => s.storeStatus.kind === 'closed');
  // A closed store fails every live query; with nothing mounted that reads it, the window
  // shows only the message asking to reload.
  if (closed) return <StoreStatusDialog />;
  return <Workbench />;
}

function Workbench() {
  const route = useRoute();
  const empty = useStoreEmpty();
  const [dismissed, setDismissed] = useState(() => localStorage.getItem('abm:started') === '1');

  // The one owner of conflict detection: the calendar bars, the grid's badges and the
  // Conflicts view all read its results, so it runs while the workbench is open.
  useEffect(startConflictDetection, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => handleShortcut(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        // Native Edit ▸ Undo inside a text field edits the text, as users expect.
        if ((command === 'undo' || command === 'redo') && isTextField(document.activeElement)) {
          document.execCommand(command);
          return;
        }
        void commandById(command)?.perform();
      }),
    [],
  );

  const Section = SECTION_COMPONENTS[route.section];
  const showFirstStart = empty === true && !dismissed;
  return (
    <div className="app">
      <Nav current={route.section} />
      <main className="app-main" id="main">
        {showFirstStart ? (
          <FirstStart onDone={() => setDismissed(true)} />
        ) : (
          <Section key={route.section} />
        )}
      </main>
      <TaskBar />
      <Toasts />
      <ShortcutsDialog />
      <SettingsDialog />
      <ConfirmDialog />
      <MergeDialog />
      <StoreStatusDialog />
    </div>
  );
}
