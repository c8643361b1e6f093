import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { UnitGroup, UnitKind } from '@cchc/contracts';

@Entity('units')
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('text') name: string;
  @Column('text') nameFolded: string;
  @Column('text') kind: UnitKind;
  @Column('text', { name: 'unit_group' }) group: UnitGroup;
  @Column('uuid', { nullable: true }) parentId: string | null;
  /** Materialised path of ids from the root, '/a/b/c/': a subtree is one prefix match. */
  @Column('text') path: string;
  @Column('integer', { nullable: true }) headcount: number | null;
  @Column('double precision', { default: 1 }) target: number;
  @Column('timestamptz') activeFrom: Date;
  @Column('timestamptz', { nullable: true }) activeTo: Date | null;
  @Column('uuid', { nullable: true }) mergedIntoId: string | null;
  @Column('boolean', { default: false }) isDemo: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
