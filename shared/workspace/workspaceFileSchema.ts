/** The schema of a current-version workspace file; workspace.schema.json is generated from it. */
import { z } from '../validation/zod';
import {
  accountSchema,
  blackoutSchema,
  columnMappingSchema,
  contactSchema,
  conflictAcceptanceSchema,
  operatingAgreementSchema,
  exportProfileSchema,
  icpProfileSchema,
  importBatchSchema,
  motionSchema,
  opportunitySchema,
  ownerSchema,
  raciGridSchema,
  savedViewSchema,
  settingsSchema,
  talSnapshotSchema,
} from './schemas';

/** Each table's row schema (the settings are one record, not a table). */
export const tableSchemas = {
  accounts: accountSchema,
  owners: ownerSchema,
  contacts: contactSchema,
  motions: motionSchema,
  blackouts: blackoutSchema,
  icpProfiles: icpProfileSchema,
  talSnapshots: talSnapshotSchema,
  raciGrids: raciGridSchema,
  importBatches: importBatchSchema,
  columnMappings: columnMappingSchema,
  savedViews: savedViewSchema,
  exportProfiles: exportProfileSchema,
  conflictAcceptances: conflictAcceptanceSchema,
  operatingAgreements: operatingAgreementSchema,
  opportunities: opportunitySchema,
};

const tablesSchema = z.looseObject({
  accounts: z.array(accountSchema),
  owners: z.array(ownerSchema),
  contacts: z.array(contactSchema),
  motions: z.array(motionSchema),
  blackouts: z.array(blackoutSchema),
  icpProfiles: z.array(icpProfileSchema),
  talSnapshots: z.array(talSnapshotSchema),
  raciGrids: z.array(raciGridSchema),
  importBatches: z.array(importBatchSchema),
  columnMappings: z.array(columnMappingSchema),
  savedViews: z.array(savedViewSchema),
  exportProfiles: z.array(exportProfileSchema),
  conflictAcceptances: z.array(conflictAcceptanceSchema),
  operatingAgreements: z.array(operatingAgreementSchema),
  opportunities: z.array(opportunitySchema),
  settings: settingsSchema,
});

/** Every row's key is unique in its table; a repeated id would silently drop a row on restore. */
export const workspaceDataSchema = tablesSchema.superRefine((data, ctx) => {
  for (const [table, rows] of Object.entries(data)) {
    if (!Array.isArray(rows)) continue;
    const key = table === 'columnMappings' ? 'signature' : 'id';
    const seen = new Map<unknown, number>();
    rows.forEach((row: Record<string, unknown>, index) => {
      const value = row[key];
      const first = seen.get(value);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [table, index, key],
          message: `repeats the ${key} "${String(value)}" of row ${first + 1}`,
        });
      } else seen.set(value, index);
    });
  }
});

const stampSchema = z
  .string()
  .regex(
    /^[0-9a-z]{9}-[0-9a-z]{4}-\S*$/,
    'must be a version stamp like "mhb2x9k1c-0000-<installation>"',
  );
const rowStampsSchema = z.object({
  base: stampSchema,
  fields: z.record(z.string(), stampSchema).optional(),
});

/** Format version 7: what merging two copies needs (shared/merge/syncState.ts). */
export const workspaceSyncSchema = z.object({
  installationId: z.string().min(1).nullable(),
  versionVector: z.record(z.string(), stampSchema),
  stamps: z.record(z.string(), z.record(z.string(), rowStampsSchema)),
  tombstones: z.record(z.string(), z.record(z.string(), stampSchema)),
});

export const workspaceFileSchema = z.looseObject({
  format: z.literal('abm-workbench/workspace'),
  version: z.number().int(),
  savedAt: z.string(),
  app: z.looseObject({ name: z.string(), version: z.string() }).optional(),
  data: workspaceDataSchema,
  sync: workspaceSyncSchema,
});

/** JSON Schema (draft 2020-12) of the workspace file, as committed in workspace.schema.json. */
export function workspaceJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(workspaceFileSchema, { unrepresentable: 'any', io: 'input' }),
    $id: 'https://abm-workbench.invalid/workspace.schema.json',
    title: 'ABM Workbench workspace file',
  };
}
