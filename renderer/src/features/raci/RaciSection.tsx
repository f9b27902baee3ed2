/**
 * The RACI section: the workspace's grids, the open grid's editor (or its "who owns what"
 * pivot), the live checks, and presenter mode and printing on top.
 */
import './raci.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RaciGrid } from '../../../../shared/domain/types';
import { validateGrid, type RaciFinding } from '../../../../shared/raci/validate';
import { navigate, useRoute } from '../../app/router';
import { useSettings } from '../../store/settings';
import { AddBar } from './AddBar';
import { DetailsPanel } from './DetailsPanel';
import { GridEditor, type DetailsTarget, type FocusRequest } from './GridEditor';
import { GridList } from './GridList';
import { GridToolbar, type RaciView } from './GridToolbar';
import { PRESENTER_EVENT, takePresenterRequest } from './openPresenter';
import { PivotView } from './PivotView';
import { Presenter } from './Presenter';
import { PrintView } from './PrintView';
import { importCsv } from './raciFiles';
import { useRaciGrids } from './raciData';
import { ValidationPanel } from './ValidationPanel';
import { sourceTitle } from '../../../../shared/raci/sourceTitle';

export function RaciSection() {
  const grids = useRaciGrids();
  const settings = useSettings();
  const route = useRoute();
  const wanted = route.params.get('grid');
  const [view, setView] = useState<RaciView>('grid');
  const [details, setDetails] = useState<DetailsTarget | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [presenting, setPresenting] = useState(false);
  const [printing, setPrinting] = useState<{ grids: RaciGrid[]; title: string } | null>(null);

  const grid = grids?.find((g) => g.id === wanted) ?? grids?.[0] ?? null;
  const findings = useMemo(() => (grid ? validateGrid(grid, settings) : []), [grid, settings]);

  const select = useCallback((id: string | null) => {
    setDetails(null);
    setFocusRequest(null);
    navigate('raci', id ? { grid: id } : undefined);
  }, []);

  useEffect(() => {
    if (takePresenterRequest()) setPresenting(true);
    // The event itself is the request (the shell's menu may send it without openPresenter()).
    const onRequest = () => {
      takePresenterRequest();
      setPresenting(true);
    };
    window.addEventListener(PRESENTER_EVENT, onRequest);
    return () => window.removeEventListener(PRESENTER_EVENT, onRequest);
  }, []);

  const pick = (finding: RaciFinding) => {
    setView('grid');
    setFocusRequest((r) => ({
      activityId: finding.activityId,
      roleId: finding.roleId,
      seq: (r?.seq ?? 0) + 1,
    }));
  };
  const onImport = async () => {
    const id = await importCsv();
    if (id) select(id);
  };
  const endPrint = useCallback(() => setPrinting(null), []);

  if (grids === undefined) return <p className="raci-hint">Loading RACI grids…</p>;

  return (
    <section className="raci-section" aria-labelledby="raci-heading">
      <h1 id="raci-heading" className="raci-title">
        RACI
      </h1>
      <GridList
        grids={grids}
        selectedId={grid?.id ?? null}
        settings={settings}
        onSelect={select}
        onImport={() => void onImport()}
      />
      {grid ? (
        <div className="raci-main">
          <GridToolbar
            grid={grid}
            allNames={grids.map((g) => g.name)}
            view={view}
            onView={setView}
            onSelect={select}
            onPrint={(which) =>
              setPrinting(
                which === 'all'
                  ? { grids, title: 'RACI grids' }
                  : { grids: [grid], title: grid.name },
              )
            }
            onPresent={() => setPresenting(true)}
          />
          {grid.source && <p className="raci-source">Source: {sourceTitle(grid.source)}</p>}
          {view === 'grid' ? (
            <div className="raci-workspace">
              <div className="raci-editor-column">
                <GridEditor
                  key={grid.id}
                  grid={grid}
                  findings={findings}
                  focusRequest={focusRequest}
                  details={details}
                  onDetails={setDetails}
                />
                <AddBar grid={grid} />
              </div>
              <div className="raci-side">
                <ValidationPanel findings={findings} settings={settings} onPick={pick} />
                {details && (
                  <DetailsPanel grid={grid} target={details} onClose={() => setDetails(null)} />
                )}
              </div>
            </div>
          ) : (
            <PivotView grid={grid} />
          )}
        </div>
      ) : (
        <div className="raci-main raci-empty">
          <p>
            Agree who is Responsible, Accountable, Consulted and Informed for each activity. Start
            from the article&apos;s ABM responsibility matrix or another template on the left.
          </p>
        </div>
      )}
      {presenting && (
        <Presenter
          grids={grids}
          startId={grid?.id ?? null}
          onClose={(id) => {
            setPresenting(false);
            if (id) select(id);
          }}
        />
      )}
      {printing && <PrintView grids={printing.grids} title={printing.title} onDone={endPrint} />}
    </section>
  );
}
