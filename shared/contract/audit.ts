import { z } from 'zod';
import { id, isoInstant, optionalText } from './fields.ts';

export const auditQuery = z.strictObject({
  from: isoInstant.optional(),
  to: isoInstant.optional(),
  actorId: id.optional(),
  action: optionalText(60).optional(),
  entity: optionalText(40).optional(),
  text: optionalText(100).optional(),
  limit: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(500, { error: 'must be at most 500' })
    .default(100),
  beforeId: id.optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

const auditEntry = z.strictObject({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  approverId: z.number().int().nullable(),
  approverName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  origin: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditPage = z.strictObject({ rows: z.array(auditEntry), nextBeforeId: z.number().int().nullable() });
