/** The RACI templates the app offers, in the order of the "new grid from template" menu. */
import { abmResponsibilityTemplate } from './abmResponsibility';
import { abmTechStackTemplate } from './abmTechStack';
import { crmSourceDataTemplate } from './crmSourceData';
import { leadLifecycleTemplate } from './leadLifecycle';
import { stageDecisionsTemplate } from './stageDecisions';
import type { RaciTemplate } from './template';

export { gridFromTemplate, type RaciTemplate, type RaciTemplateActivity } from './template';
export {
  abmResponsibilityTemplate,
  abmTechStackTemplate,
  crmSourceDataTemplate,
  leadLifecycleTemplate,
  stageDecisionsTemplate,
};

export const RACI_TEMPLATES: readonly RaciTemplate[] = [
  abmResponsibilityTemplate,
  abmTechStackTemplate,
  leadLifecycleTemplate,
  stageDecisionsTemplate,
  crmSourceDataTemplate,
];

export function findTemplate(id: string): RaciTemplate | undefined {
  return RACI_TEMPLATES.find((t) => t.id === id);
}
