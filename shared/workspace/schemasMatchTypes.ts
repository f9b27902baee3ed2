/**
 * Compile-time proof that the workspace schemas (schemas.ts) and the domain types
 * (domain/types.ts) describe the same entities. Nothing here runs: `tsc` fails on this file
 * when a field is added, removed or retyped on one side only, and the error names the entity.
 *
 * The schemas are loose objects (a field from a newer build is kept), so their inferred types
 * carry an index signature `[k: string]: unknown`; it is stripped before comparing.
 */
import type { z } from '../validation/zod';
import type * as D from '../domain/types';
import type * as S from './schemas';
import type { WorkspaceData } from './workspaceData';
import type { workspaceDataSchema } from './workspaceFileSchema';

/** T without index signatures, all the way down. */
type Known<T> = T extends readonly (infer E)[]
  ? Known<E>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : number extends K ? never : K]: Known<T[K]> }
    : T;

/** true when each side is assignable to the other once index signatures are stripped. */
type Same<A, B> = [Known<A>] extends [Known<B>]
  ? [Known<B>] extends [Known<A>]
    ? true
    : false
  : false;

/** The top-level fields that are missing on one side or typed differently. */
type DifferingFields<A, B> = {
  [K in keyof Known<A> | keyof Known<B>]: K extends keyof Known<A>
    ? K extends keyof Known<B>
      ? Same<Known<A>[K], Known<B>[K]> extends true
        ? never
        : K
      : K
    : K;
}[keyof Known<A> | keyof Known<B>];

/** true, or the fields that drifted (a whole-value mismatch when no single field explains it). */
type Describes<Domain, Schema extends z.ZodType> =
  Same<Domain, z.output<Schema>> extends true
    ? Same<Domain, z.input<Schema>> extends true
      ? true
      : { schemaInputDiffersIn: DifferingFields<Domain, z.input<Schema>> }
    : { schemaDiffersIn: DifferingFields<Domain, z.output<Schema>> };

/** Compiles only when every entry is `true`; a failing entry shows which entity drifted. */
type AllTrue<T extends Record<string, true>> = T;

export type SchemasMatchDomainTypes = AllTrue<{
  account: Describes<D.Account, typeof S.accountSchema>;
  owner: Describes<D.Owner, typeof S.ownerSchema>;
  contact: Describes<D.Contact, typeof S.contactSchema>;
  personaRule: Describes<D.PersonaRule, typeof S.personaRuleSchema>;
  audience: Describes<D.Audience, typeof S.audienceSchema>;
  motion: Describes<D.Motion, typeof S.motionSchema>;
  motionPlanning: Describes<D.MotionPlanning, typeof S.motionPlanningSchema>;
  accountDates: Describes<D.AccountDates, typeof S.accountDatesSchema>;
  blackout: Describes<D.Blackout, typeof S.blackoutSchema>;
  icpProfile: Describes<D.IcpProfile, typeof S.icpProfileSchema>;
  talSnapshot: Describes<D.TalSnapshot, typeof S.talSnapshotSchema>;
  raciGrid: Describes<D.RaciGrid, typeof S.raciGridSchema>;
  importBatch: Describes<D.ImportBatch, typeof S.importBatchSchema>;
  columnMapping: Describes<D.ColumnMapping, typeof S.columnMappingSchema>;
  savedView: Describes<D.SavedView, typeof S.savedViewSchema>;
  exportProfile: Describes<D.ExportProfile, typeof S.exportProfileSchema>;
  conflictAcceptance: Describes<D.ConflictAcceptance, typeof S.conflictAcceptanceSchema>;
  operatingAgreement: Describes<D.OperatingAgreement, typeof S.operatingAgreementSchema>;
  opportunity: Describes<D.Opportunity, typeof S.opportunitySchema>;
  settings: Describes<D.Settings, typeof S.settingsSchema>;
  workspace: Describes<WorkspaceData, typeof workspaceDataSchema>;
}>;
