// The operating agreement: the template holds what the two articles say, a workspace without
// its own agreement shows the template not yet agreed, and the CSV (through the export path)
// says each part and when it was agreed, with formula-looking cells neutralized for Excel.
import { describe, expect, it } from 'vitest';
import {
  agreementTemplate,
  DEFAULT_HANDOFF_SLA,
  effectiveAgreement,
} from '../../../shared/agreement/agreementTemplate';
import { AGREEMENT_CSV_HEADERS, agreementRows } from '../../../shared/agreement/agreementCsv';
import { runExport } from '../../../shared/export/exportProfiles';
import { renderExport } from '../../../shared/export/renderExport';
import { readCsvText } from './readBack';
import { sourceOf } from '../export/exportFixtures';

describe('the agreement template encodes the two articles', () => {
  const t = agreementTemplate();

  it('has the six lifecycle stages with what each means and who decides', () => {
    expect(t.stages.map((s) => s.stage)).toEqual([
      'Lead',
      'MQL',
      'SAL',
      'SQL',
      'Opportunity',
      'Disqualified',
    ]);
    expect(t.stages.find((s) => s.stage === 'SAL')).toMatchObject({
      meaning: 'Sales accepts the lead for follow-up',
      whoDecides: 'Sales',
    });
    expect(t.stages.find((s) => s.stage === 'Disqualified')?.whoDecides).toBe(
      'Sales with reasons recorded',
    );
  });

  it('hands an account over in the article’s six steps, with “sales calls within 24 hours” as the SLA', () => {
    expect(t.handoff.sla).toBe(DEFAULT_HANDOFF_SLA);
    expect(DEFAULT_HANDOFF_SLA).toBe('Sales calls within 24 hours');
    expect(t.handoff.steps.map((s) => s.step)).toEqual([
      'Marketing generates lead',
      'Sales ops verifies it is on the TAL',
      'Sales engagement platform logs activity',
      'CRM updates',
      'Sales calls within 24 hours',
      'Marketing informed of outcome',
    ]);
  });

  it('meets quarterly, monthly and weekly with the article’s attendees and agendas', () => {
    expect(t.cadences.map((c) => [c.name, c.frequency])).toEqual([
      ['Quarterly business planning', 'Quarterly'],
      ['Monthly campaign planning', 'Monthly'],
      ['Weekly execution review', 'Weekly'],
    ]);
    expect(t.cadences[0]?.attendees).toMatch(/sales leadership, marketing leadership/);
    expect(t.cadences[0]?.agenda).toContain('Set account list for next quarter (adds/removes)');
    expect(t.cadences[2]?.agenda).toContain('Discuss at-risk accounts and escalation paths');
  });

  it('escalates TAL inclusion to the VP Sales, campaign timing or messaging to the VP Marketing, technology to the CRO', () => {
    expect(t.escalations.map((e) => [e.disagreement, e.escalateTo])).toEqual([
      ['Account inclusion in TAL', 'VP Sales'],
      ['Campaign timing or messaging', 'VP Marketing'],
      ['Technology choices', 'CRO'],
    ]);
  });

  it('lists the six metrics that show ownership works, and nothing is agreed yet', () => {
    expect(t.metrics).toHaveLength(6);
    expect(t.metrics[4]).toMatchObject({ metric: 'MQL-to-SAL conversion' });
    expect(Object.values(t.agreed).every((d) => d === null)).toBe(true);
  });
});

describe('the workspace’s agreement', () => {
  it('is the template, not its own, when the workspace has none', () => {
    const e = effectiveAgreement([]);
    expect(e.own).toBe(false);
    expect(e.agreement).toEqual(agreementTemplate());
  });

  it('is the stored one when there is one', () => {
    const mine = { ...agreementTemplate(), handoff: { steps: [], sla: 'Within 2 hours' } };
    expect(effectiveAgreement([mine])).toEqual({ agreement: mine, own: true });
  });
});

describe('the agreement as CSV', () => {
  it('has a row per stage, step, the SLA, meeting, escalation and metric', () => {
    const rows = agreementRows(agreementTemplate());
    expect(rows).toHaveLength(6 + 6 + 1 + 3 + 3 + 6);
    expect(rows.find((r) => r[1] === 'SLA')).toEqual([
      'Account handoff',
      'SLA',
      'Sales calls within 24 hours',
      '',
      '',
      'not yet agreed',
    ]);
  });

  it('says the day a part was agreed', () => {
    const a = agreementTemplate();
    a.agreed.escalations = '2027-01-12';
    const rows = agreementRows(a).filter((r) => r[0] === 'Escalation paths');
    expect(rows.map((r) => r[5])).toEqual(['2027-01-12', '2027-01-12', '2027-01-12']);
  });

  it('goes out through the export path; Excel-safe mode neutralizes a formula-looking cell', () => {
    const a = agreementTemplate();
    a.metrics[0]!.metric = '=HYPERLINK("x")';
    const run = runExport(sourceOf({ operatingAgreements: [a] }), 'operating-agreement');
    if (!run.ok) throw new Error(run.error);
    const [excel] = renderExport(run.result, 'excel');
    const [crm] = renderExport(run.result, 'crm');
    expect(excel?.name).toBe('operating-agreement.csv');
    expect(excel?.text.charCodeAt(0)).toBe(0xfeff);
    const excelRows = readCsvText(excel!.text);
    expect(excelRows[0]).toEqual([...AGREEMENT_CSV_HEADERS]);
    expect(excelRows.find((r) => r[0] === 'Metrics that show ownership works')?.[1]).toBe(
      '\'=HYPERLINK("x")',
    );
    expect(readCsvText(crm!.text).some((r) => r[1] === '=HYPERLINK("x")')).toBe(true);
  });
});

describe('the sample workspace', () => {
  it('has an operating agreement from the template, partly agreed', async () => {
    const { buildSampleWorkspace } = await import('../../../shared/sample/sampleWorkspace');
    const ws = buildSampleWorkspace('2026-12-01');
    const [a] = ws.operatingAgreements;
    expect(a?.stages).toEqual(agreementTemplate().stages);
    expect(a?.agreed).toEqual({
      stages: '2026-11-10',
      handoff: '2026-11-10',
      cadences: null,
      escalations: '2026-11-10',
      metrics: null,
    });
  });
});
