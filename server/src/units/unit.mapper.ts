import type { Unit } from '@cchc/contracts';
import type { UnitEntity } from './entities/unit.entity.js';

export function toUnitDto(u: UnitEntity): Unit {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    group: u.group,
    parentId: u.parentId,
    headcount: u.headcount,
    target: u.target,
    activeFrom: u.activeFrom.toISOString(),
    activeTo: u.activeTo ? u.activeTo.toISOString() : null,
    mergedIntoId: u.mergedIntoId,
    isDemo: u.isDemo,
  };
}

export function unitAuditView(u: UnitEntity) {
  return {
    code: u.code,
    name: u.name,
    kind: u.kind,
    group: u.group,
    parentId: u.parentId,
    headcount: u.headcount,
    target: u.target,
    activeTo: u.activeTo,
    mergedIntoId: u.mergedIntoId,
  };
}
