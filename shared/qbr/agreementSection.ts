/**
 * The operating agreement in the pack: lifecycle stages, the account handoff and its SLA,
 * the meeting cadences, the escalation paths and the metrics, each part marked agreed (on its
 * day) or not yet agreed. A workspace with no agreement of its own shows the articles'
 * template, every page marked as such.
 */
import { agreedText } from '../agreement/agreementCsv';
import {
  AGREEMENT_PART_TITLES,
  AGREEMENT_SOURCES,
  effectiveAgreement,
} from '../agreement/agreementTemplate';
import type { AgreementPart, OperatingAgreement } from '../domain/types';
import { sourceTitle } from '../raci/sourceTitle';
import type { QbrBlock, QbrContext, QbrPage } from './packTypes';
import { sectionTitle } from './sectionTitles';

function status(agreement: OperatingAgreement, own: boolean, parts: AgreementPart[]): QbrBlock {
  if (!own) {
    return {
      kind: 'notice',
      tone: 'not-agreed',
      text: 'Not yet agreed: the template from the reference articles. Edit it in the Agreement section and mark each part agreed.',
    };
  }
  const open = parts.filter((p) => agreement.agreed[p] === null);
  if (open.length === 0) {
    const days = [...new Set(parts.map((p) => agreedText(agreement, p)))].join(', ');
    return { kind: 'notice', tone: 'agreed', text: `Agreed on ${days}.` };
  }
  return {
    kind: 'notice',
    tone: 'not-agreed',
    text: `Not yet agreed: ${open.map((p) => AGREEMENT_PART_TITLES[p].toLowerCase()).join(', ')}.`,
  };
}

export function agreementPages(ctx: QbrContext): QbrPage[] {
  const { agreement: a, own } = effectiveAgreement(ctx.source.operatingAgreements);
  const page = (parts: AgreementPart[], blocks: QbrBlock[]): QbrPage => ({
    section: 'agreement',
    title: `${sectionTitle('agreement')}: ${parts.map((p) => AGREEMENT_PART_TITLES[p].toLowerCase()).join(' and ')}`,
    subtitle: own ? 'As the teams agreed it' : 'Template from the reference articles',
    blocks: [status(a, own, parts), ...blocks],
    footnote: `Source: ${parts.map((p) => sourceTitle(AGREEMENT_SOURCES[p])).join('; ')}`,
  });
  return [
    page(
      ['stages'],
      [
        {
          kind: 'table',
          caption: 'What each stage means and who decides',
          headers: ['Stage', 'What it means', 'Who decides'],
          rows: a.stages.map((s) => [s.stage, s.meaning, s.whoDecides]),
          more: null,
          empty: 'No stages defined.',
        },
      ],
    ),
    page(
      ['handoff'],
      [
        { kind: 'facts', items: [{ label: 'SLA', value: a.handoff.sla || '(none set)' }] },
        {
          kind: 'table',
          caption: 'Step by step',
          headers: ['#', 'Step', 'Who'],
          numeric: [0],
          rows: a.handoff.steps.map((s, i) => [String(i + 1), s.step, s.owner]),
          more: null,
          empty: 'No handoff steps defined.',
        },
      ],
    ),
    page(
      ['cadences'],
      [
        {
          kind: 'columns',
          columns: a.cadences.map((c) => ({
            heading: c.name,
            sub: `${c.frequency} · ${c.attendees}`,
            lines: c.agenda,
          })),
        },
      ],
    ),
    page(
      ['escalations', 'metrics'],
      [
        {
          kind: 'table',
          caption: 'When the ops teams disagree',
          headers: ['Disagreement on', 'Escalate to'],
          rows: a.escalations.map((e) => [e.disagreement, e.escalateTo]),
          more: null,
          empty: 'No escalation paths defined.',
        },
        {
          kind: 'table',
          caption: 'Metrics that show ownership works',
          headers: ['Metric', 'What it shows'],
          rows: a.metrics.map((m) => [m.metric, m.shows]),
          more: null,
          empty: 'No metrics defined.',
        },
      ],
    ),
  ];
}
