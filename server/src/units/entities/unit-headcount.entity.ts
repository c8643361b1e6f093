import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every headcount a unit declared: the denominator of a past report must stay explainable. */
@Entity('unit_headcounts')
export class UnitHeadcountEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') unitId: string;
  @Column('integer') value: number;
  @Column('uuid', { nullable: true }) declaredBy: string | null;
  @Column('timestamptz') declaredAt: Date;
}
