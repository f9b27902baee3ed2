/**
 * The operating agreement page: the articles' operating model beyond RACI, as the teams
 * agree it — lifecycle stages, the account handoff and its SLA, meeting cadences, escalation
 * paths and metrics. A workspace without its own shows the template, marked not yet agreed;
 * the first edit stores it. Each edit and each "Mark agreed" is one undo step. Exported as
 * CSV (Excel-safe) through the export path.
 */
import './agreement.css';
import type {
  AgreementPart,
  EscalationPath,
  HandoffStep,
  LifecycleStageDefinition,
  MeetingCadence,
  OperatingAgreement,
  OwnershipMetric,
} from '../../../../shared/domain/types';
import { effectiveAgreement } from '../../../../shared/agreement/agreementTemplate';
import { exportAgreement } from '../../../../shared/export/agreementExport';
import { useLive } from '../../store/liveTables';
import { saveExport } from '../export/exportActions';
import { editPart } from './agreementActions';
import { EditableText } from './EditableText';
import { ItemTable, type ItemColumn } from './ItemTable';
import { PartHeader } from './PartHeader';

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

function text<T>(
  header: string,
  get: (t: T) => string,
  set: (t: T, v: string) => T,
): ItemColumn<T> {
  return {
    header,
    cell: (item, i, update) => (
      <EditableText
        label={`${header} ${i + 1}`}
        value={get(item)}
        onCommit={(v) => update(set(item, v))}
      />
    ),
  };
}

export function AgreementSection() {
  const stored = useLive('operatingAgreements');
  if (!stored) return <p className="agreement-muted">Loading the workspace…</p>;
  const { agreement: a, own } = effectiveAgreement(stored);
  const edit = (part: AgreementPart, change: Partial<OperatingAgreement>) =>
    void editPart(a, part, change);

  return (
    <section className="agreement-section" aria-labelledby="agreement-heading">
      <header className="agreement-top">
        <h1 id="agreement-heading">Operating agreement</h1>
        <button
          type="button"
          onClick={() =>
            void saveExport(exportAgreement({ operatingAgreements: stored }), 'excel', false)
          }
        >
          Export CSV…
        </button>
      </header>
      {!own && (
        <p className="agreement-banner" role="note">
          Not yet agreed: this is the template from the two reference articles. Edit what your teams
          decide and mark each part agreed; the QBR pack shows it as it stands.
        </p>
      )}

      <section className="agreement-part" aria-labelledby="agreement-stages">
        <PartHeader agreement={a} part="stages" />
        <ItemTable<LifecycleStageDefinition>
          label="Lifecycle stages"
          itemName="stage"
          items={a.stages}
          onChange={(stages) => edit('stages', { stages })}
          newItem={() => ({ id: newId('stage'), stage: '', meaning: '', whoDecides: '' })}
          columns={[
            text(
              'Stage',
              (s) => s.stage,
              (s, stage) => ({ ...s, stage }),
            ),
            text(
              'What it means',
              (s) => s.meaning,
              (s, meaning) => ({ ...s, meaning }),
            ),
            text(
              'Who decides',
              (s) => s.whoDecides,
              (s, whoDecides) => ({ ...s, whoDecides }),
            ),
          ]}
        />
      </section>

      <section className="agreement-part" aria-labelledby="agreement-handoff">
        <PartHeader agreement={a} part="handoff" />
        <label className="agreement-sla">
          SLA
          <EditableText
            label="Handoff SLA"
            value={a.handoff.sla}
            onCommit={(sla) => edit('handoff', { handoff: { ...a.handoff, sla } })}
          />
        </label>
        <ItemTable<HandoffStep>
          label="Handoff steps"
          itemName="step"
          items={a.handoff.steps}
          onChange={(steps) => edit('handoff', { handoff: { ...a.handoff, steps } })}
          newItem={() => ({ id: newId('step'), step: '', owner: '' })}
          columns={[
            text(
              'Step',
              (s) => s.step,
              (s, step) => ({ ...s, step }),
            ),
            text(
              'Who',
              (s) => s.owner,
              (s, owner) => ({ ...s, owner }),
            ),
          ]}
        />
      </section>

      <section className="agreement-part" aria-labelledby="agreement-cadences">
        <PartHeader agreement={a} part="cadences" />
        <ItemTable<MeetingCadence>
          label="Meeting cadences"
          itemName="meeting"
          items={a.cadences}
          onChange={(cadences) => edit('cadences', { cadences })}
          newItem={() => ({
            id: newId('cadence'),
            name: '',
            frequency: '',
            attendees: '',
            agenda: [],
          })}
          columns={[
            text(
              'Meeting',
              (c) => c.name,
              (c, name) => ({ ...c, name }),
            ),
            text(
              'Frequency',
              (c) => c.frequency,
              (c, frequency) => ({ ...c, frequency }),
            ),
            text(
              'Attendees',
              (c) => c.attendees,
              (c, attendees) => ({ ...c, attendees }),
            ),
            {
              header: 'Agenda (one item a line)',
              cell: (c, i, update) => (
                <EditableText
                  multiline
                  label={`Agenda ${i + 1}`}
                  value={c.agenda.join('\n')}
                  onCommit={(v) =>
                    update({
                      ...c,
                      agenda: v
                        .split('\n')
                        .map((l) => l.trim())
                        .filter(Boolean),
                    })
                  }
                />
              ),
            },
          ]}
        />
      </section>

      <section className="agreement-part" aria-labelledby="agreement-escalations">
        <PartHeader agreement={a} part="escalations" />
        <ItemTable<EscalationPath>
          label="Escalation paths"
          itemName="escalation path"
          items={a.escalations}
          onChange={(escalations) => edit('escalations', { escalations })}
          newItem={() => ({ id: newId('escalation'), disagreement: '', escalateTo: '' })}
          columns={[
            text(
              'Disagreement on',
              (e) => e.disagreement,
              (e, disagreement) => ({ ...e, disagreement }),
            ),
            text(
              'Escalate to',
              (e) => e.escalateTo,
              (e, escalateTo) => ({ ...e, escalateTo }),
            ),
          ]}
        />
      </section>

      <section className="agreement-part" aria-labelledby="agreement-metrics">
        <PartHeader agreement={a} part="metrics" />
        <ItemTable<OwnershipMetric>
          label="Metrics"
          itemName="metric"
          items={a.metrics}
          onChange={(metrics) => edit('metrics', { metrics })}
          newItem={() => ({ id: newId('metric'), metric: '', shows: '' })}
          columns={[
            text(
              'Metric',
              (m) => m.metric,
              (m, metric) => ({ ...m, metric }),
            ),
            text(
              'What it shows',
              (m) => m.shows,
              (m, shows) => ({ ...m, shows }),
            ),
          ]}
        />
      </section>
    </section>
  );
}
