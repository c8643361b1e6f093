import { DataSource } from 'typeorm';
import { AuditLogEntity } from '../audit/entities/audit-log.entity.js';
import { AuthSessionEntity } from '../auth/entities/auth-session.entity.js';
import { UnitEventEntity } from '../units/entities/unit-event.entity.js';
import { UnitHeadcountEntity } from '../units/entities/unit-headcount.entity.js';
import { UnitEntity } from '../units/entities/unit.entity.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { Init1763900000000 } from './migrations/1763900000000-init.js';
import { QuestionBank1763910000000 } from './migrations/1763910000000-question-bank.js';
import { Contests1763920000000 } from './migrations/1763920000000-contests.js';
import { Disqualifications1763930000000 } from './migrations/1763930000000-disqualifications.js';
import { Participation1763940000000 } from './migrations/1763940000000-participation.js';
import { ReportVersion1763960000000 } from './migrations/1763960000000-report-version.js';
import { ReportVersionShard1763970000000 } from './migrations/1763970000000-report-version-shard.js';
import { ContestPublicLinks1763983000000 } from './migrations/1763983000000-contest-public-links.js';
import { UnitFormLayouts1763984000000 } from './migrations/1763984000000-unit-form-layouts.js';
import { OneTimeCodes1763990000000 } from './migrations/1763990000000-one-time-codes.js';
import { UserMerge1764020000000 } from './migrations/1764020000000-user-merge.js';
import { Integrity1764030000000 } from './migrations/1764030000000-integrity.js';
import { ReportVersionPerTransaction1764040000000 } from './migrations/1764040000000-report-version-per-transaction.js';
import { UnitChangeRequests1764050000000 } from './migrations/1764050000000-unit-change-requests.js';
import { SnakeNamingStrategy } from './naming.js';

export const ENTITIES = [
  UnitEntity,
  UnitHeadcountEntity,
  UnitEventEntity,
  UserEntity,
  AuthSessionEntity,
  AuditLogEntity,
];
export const MIGRATIONS = [
  Init1763900000000,
  QuestionBank1763910000000,
  Contests1763920000000,
  Disqualifications1763930000000,
  Participation1763940000000,
  ReportVersion1763960000000,
  ReportVersionShard1763970000000,
  ContestPublicLinks1763983000000,
  UnitFormLayouts1763984000000,
  OneTimeCodes1763990000000,
  UserMerge1764020000000,
  Integrity1764030000000,
  ReportVersionPerTransaction1764040000000,
  UnitChangeRequests1764050000000,
];

export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // TypeORM's own logger prints a failing query with its parameters (phones, CCCD): off.
    // Failures reach the log once, through the exception filter's safe record.
    logging: false,
    extra: { max: 20 },
  });
}
