import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

type Json = object | null;

export type UnitEventKind = 'created' | 'renamed' | 'moved' | 'merged' | 'absorbed' | 'updated';

/** History of names, moves and merges: units merge and rename, reports must still add up. */
@Entity('unit_events')
export class UnitEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') unitId: string;
  @Column('text') kind: UnitEventKind;
  @Column('jsonb', { nullable: true }) before: Json;
  @Column('jsonb', { nullable: true }) after: Json;
  @Column('uuid', { nullable: true }) actorId: string | null;
  @Column('timestamptz') at: Date;
}
