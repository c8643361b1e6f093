import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

type Json = object | null;

/** Append-only (a trigger refuses UPDATE and DELETE): who did what to what, and when. */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid', { nullable: true }) actorId: string | null;
  @Column('text', { nullable: true }) actorRole: string | null;
  @Column('text') action: string;
  @Column('text') targetType: string;
  @Column('text', { nullable: true }) targetId: string | null;
  @Column('jsonb', { nullable: true }) before: Json;
  @Column('jsonb', { nullable: true }) after: Json;
  @Column('text', { nullable: true }) requestId: string | null;
  @Column('timestamptz') at: Date;
}
