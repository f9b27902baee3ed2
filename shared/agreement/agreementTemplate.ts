/**
 * The operating agreement as the two reference articles write it: the lifecycle stages with
 * what each means and who decides (000, "How to define MQL, SQL, and sales acceptance"), the
 * account handoff and its SLA (002, "Account Handoff Process"), the three meeting cadences
 * (002, "The Coordination Model"), the escalation paths (002, "When to Escalate") and the
 * metrics that show ownership works (000). A team starts from it and edits what it agrees.
 */
import type { AgreementPart, OperatingAgreement } from '../domain/types';

/** The one agreement row of a workspace is stored under this id. */
export const OPERATING_AGREEMENT_ID = 'operating-agreement';

/** Where each part comes from, as the pack and the page cite it. */
export const AGREEMENT_SOURCES: Record<AgreementPart, string> = {
  stages: '000_210eeae2e73d7f88.txt — How to define MQL, SQL, and sales acceptance',
  handoff: '002_9cb4e7927f9250c2.txt — Account Handoff Process',
  cadences: '002_9cb4e7927f9250c2.txt — The Coordination Model',
  escalations: '002_9cb4e7927f9250c2.txt — When to Escalate',
  metrics: '000_210eeae2e73d7f88.txt — Metrics that show ownership is working',
};

export const AGREEMENT_PART_TITLES: Record<AgreementPart, string> = {
  stages: 'Lifecycle stages',
  handoff: 'Account handoff',
  cadences: 'Meeting cadences',
  escalations: 'Escalation paths',
  metrics: 'Metrics that show ownership works',
};

/** The article's SLA: "Sales calls within 24 hours". */
export const DEFAULT_HANDOFF_SLA = 'Sales calls within 24 hours';

const STAGES: [stage: string, meaning: string, whoDecides: string][] = [
  ['Lead', 'A person or company is known in the system', 'Marketing and RevOps'],
  ['MQL', 'Marketing sees fit and intent', 'Marketing with Sales input'],
  ['SAL', 'Sales accepts the lead for follow-up', 'Sales'],
  ['SQL', 'Sales confirms opportunity potential', 'Sales'],
  // The article's definitions table stops at SQL; its ownership table gives the opportunity
  // to Sales, with RevOps and Marketing (for source insight) supporting.
  [
    'Opportunity',
    'A qualified deal is open in the CRM and moves through pipeline stages',
    'Sales (RevOps keeps the stages; Marketing reads the source)',
  ],
  ['Disqualified', 'Lead cannot progress', 'Sales with reasons recorded'],
];

const HANDOFF: [step: string, owner: string][] = [
  ['Marketing generates lead', 'Marketing Ops'],
  ['Sales ops verifies it is on the TAL', 'Sales Ops'],
  ['Sales engagement platform logs activity', 'Sales Ops'],
  ['CRM updates', 'Sales Ops'],
  ['Sales calls within 24 hours', 'Sales'],
  ['Marketing informed of outcome', 'Sales'],
];

const CADENCES: [name: string, frequency: string, attendees: string, agenda: string[]][] = [
  [
    'Quarterly business planning',
    'Quarterly',
    'Sales Ops, Marketing Ops, sales leadership, marketing leadership',
    [
      "Review previous quarter's ABM performance",
      'Identify high-performing verticals, account sizes, regions',
      'Set account list for next quarter (adds/removes)',
      'Allocate budget between campaigns and sales enablement',
    ],
  ],
  [
    'Monthly campaign planning',
    'Monthly',
    'Marketing Ops, Sales Ops',
    [
      'Plan campaigns for coming month',
      'Agree on account segments for each campaign',
      'Define sales handoff criteria (when does marketing pass lead to sales?)',
      'Schedule campaign coordination (campaigns avoid overlapping messaging)',
    ],
  ],
  [
    'Weekly execution review',
    'Weekly',
    'Marketing Ops, Sales Ops',
    [
      'Review campaign performance and engagement',
      'Discuss at-risk accounts and escalation paths',
      'Adjust messaging or targeting based on early results',
      'Ensure sales follow-up is happening on marketing-generated leads',
    ],
  ],
];

const ESCALATIONS: [disagreement: string, escalateTo: string][] = [
  ['Account inclusion in TAL', 'VP Sales'],
  ['Campaign timing or messaging', 'VP Marketing'],
  ['Technology choices', 'CRO'],
];

const METRICS: [metric: string, shows: string][] = [
  ['Lead source completeness', 'Whether campaign context is preserved'],
  ['Sales acceptance rate', 'Whether Sales agrees leads are worth working'],
  ['Disqualification reason completion', 'Whether rejected leads create learning'],
  ['Routing accuracy', 'Whether RevOps rules support the handoff'],
  ['MQL-to-SAL conversion', 'Whether Marketing qualification matches Sales expectations'],
  ['Reporting discrepancy count', 'Whether teams trust the same data'],
];

/**
 * The articles' agreement, every part not yet agreed. Item ids are fixed ("stage-1"…), so
 * the template compares equal to itself and an edit changes only what the user changed.
 */
export function agreementTemplate(updatedAt = new Date(0).toISOString()): OperatingAgreement {
  return {
    id: OPERATING_AGREEMENT_ID,
    stages: STAGES.map(([stage, meaning, whoDecides], i) => ({
      id: `stage-${i + 1}`,
      stage,
      meaning,
      whoDecides,
    })),
    handoff: {
      steps: HANDOFF.map(([step, owner], i) => ({ id: `step-${i + 1}`, step, owner })),
      sla: DEFAULT_HANDOFF_SLA,
    },
    cadences: CADENCES.map(([name, frequency, attendees, agenda], i) => ({
      id: `cadence-${i + 1}`,
      name,
      frequency,
      attendees,
      agenda: [...agenda],
    })),
    escalations: ESCALATIONS.map(([disagreement, escalateTo], i) => ({
      id: `escalation-${i + 1}`,
      disagreement,
      escalateTo,
    })),
    metrics: METRICS.map(([metric, shows], i) => ({ id: `metric-${i + 1}`, metric, shows })),
    agreed: { stages: null, handoff: null, cadences: null, escalations: null, metrics: null },
    updatedAt,
  };
}

/** The workspace's agreement: its own, or the template (every part not yet agreed). */
export interface EffectiveAgreement {
  agreement: OperatingAgreement;
  /** False when the workspace has none of its own and the template stands in. */
  own: boolean;
}

export function effectiveAgreement(
  stored: readonly OperatingAgreement[] | undefined,
): EffectiveAgreement {
  const own = stored?.find((a) => a.id === OPERATING_AGREEMENT_ID) ?? stored?.[0];
  return own ? { agreement: own, own: true } : { agreement: agreementTemplate(), own: false };
}
