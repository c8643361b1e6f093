import type { User } from '@cchc/contracts';
import type { UserEntity } from './entities/user.entity.js';

export function toUserDto(u: UserEntity, unitName: string | null): User {
  return {
    id: u.id,
    fullName: u.fullName,
    role: u.role,
    unitId: u.unitId,
    unitName,
    phone: u.phone,
    email: u.email,
    citizenId: u.citizenId,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
  };
}

/** What may go into the audit log about a user: no contact data, no hash. */
export function auditView(u: UserEntity) {
  return { id: u.id, fullName: u.fullName, role: u.role, unitId: u.unitId, active: u.active };
}
