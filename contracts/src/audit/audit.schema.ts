import { z } from 'zod';
import { lineText, queryInt, UuidSchema } from '../common/primitives.js';

export const AuditQuerySchema = z.strictObject({
  targetType: lineText().max(50).optional(),
  targetId: lineText().max(64).optional(),
  actorId: UuidSchema.optional(),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(200).default(50),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;

export const AuditEntrySchema = z.object({
  id: z.string(),
  actorId: UuidSchema.nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown().describe('The changed fields before the action (JSON)'),
  after: z.unknown().describe('The changed fields after the action (JSON)'),
  requestId: z.string().nullable(),
  at: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema) });
export type AuditPage = z.infer<typeof AuditPageSchema>;
