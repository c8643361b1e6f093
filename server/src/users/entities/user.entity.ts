import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@cchc/contracts';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') fullName: string;
  @Column('text') role: Role;
  @Column('uuid', { nullable: true }) unitId: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) citizenId: string | null;
  /** Null until an account made from a staff list is activated: never matches a password. */
  @Column('text', { nullable: true }) passwordHash: string | null;
  @Column('boolean', { default: true }) active: boolean;
  @Column('timestamptz', { nullable: true }) lastLoginAt: Date | null;
  @Column('timestamptz', { nullable: true }) consentAt: Date | null;
  @Column('boolean', { default: false }) isDemo: boolean;
  /** Set when this duplicate was merged into the person's other account (deactivated too). */
  @Column('uuid', { nullable: true }) mergedIntoId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
