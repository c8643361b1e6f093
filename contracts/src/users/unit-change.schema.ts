import { z } from 'zod';
import { UuidSchema, nfcText, queryInt } from '../common/primitives.js';

/**
 * A person asks to move to another unit (issue 15): the unit decides which report counts them,
 * so the focal person of the receiving unit confirms. One pending request per person: asking
 * again while one is pending is refused (`unit_change_pending`, 409) — withdraw it first.
 */
export const CreateUnitChangeSchema = z.strictObject({
  unitId: UuidSchema.describe('The unit the person asks to move to'),
  note: nfcText(0, 500).optional().describe('Why, for the receiving focal person'),
});
export type CreateUnitChange = z.input<typeof CreateUnitChangeSchema>;

/** Approve or reject: a reason is optional for either, shown to the person. */
export const DecideUnitChangeSchema = z.strictObject({
  reason: nfcText(0, 500).optional(),
});
export type DecideUnitChange = z.input<typeof DecideUnitChangeSchema>;

export const UNIT_CHANGE_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export const UnitChangeStatusSchema = z.enum(UNIT_CHANGE_STATUSES);
export type UnitChangeStatus = z.infer<typeof UnitChangeStatusSchema>;

export const ListUnitChangesQuerySchema = z.strictObject({
  status: UnitChangeStatusSchema.default('pending'),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(200).default(50),
});
export type ListUnitChangesQuery = z.input<typeof ListUnitChangesQuerySchema>;

export const UnitChangeRequestSchema = z.object({
  id: UuidSchema,
  userId: UuidSchema,
  fullName: z.string(),
  phone: z.string().nullable().describe('Masked except the last 3 digits'),
  fromUnitId: UuidSchema.nullable(),
  fromUnitName: z.string().nullable(),
  toUnitId: UuidSchema,
  toUnitName: z.string(),
  note: z.string().nullable(),
  status: UnitChangeStatusSchema,
  reason: z.string().nullable().describe('Given by the focal person who decided'),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type UnitChangeRequest = z.infer<typeof UnitChangeRequestSchema>;

/** The person's own pending request, or null when there is none. */
export const MyUnitChangeSchema = z.object({ request: UnitChangeRequestSchema.nullable() });
export type MyUnitChange = z.infer<typeof MyUnitChangeSchema>;

export const UnitChangePageSchema = z.object({
  items: z.array(UnitChangeRequestSchema),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type UnitChangePage = z.infer<typeof UnitChangePageSchema>;
