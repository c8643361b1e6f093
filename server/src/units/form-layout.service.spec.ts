import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { effectiveFormLayout, type FormLayout } from '@cchc/contracts';
import type { LayoutChainLink } from './form-layout.repository.js';
import { resolveFormLayout } from './form-layout.service.js';

const EMPTY: FormLayout = {
  superiorBody: null,
  issuingUnit: null,
  placeName: null,
  preparerTitle: null,
  preparerName: null,
  signerTitle: null,
  signerName: null,
  dateLine: 'export_date',
};

function link(unitName: string, layout: Partial<FormLayout> | null = null): LayoutChainLink {
  return {
    unitId: randomUUID(),
    unitName,
    layout: layout
      ? { ...EMPTY, ...layout, updatedAt: new Date('2025-03-01T01:00:00Z'), updatedBy: 'Hoa' }
      : null,
  };
}

describe(resolveFormLayout.name, () => {
  it('prints a unit that set nothing under its own name, its parent as cơ quan chủ quản, dots for names', () => {
    const v = resolveFormLayout([
      link('Phòng Văn hóa - Xã hội'),
      link('Phường Mộ Lao'),
      link('Tỉnh Quảng Trị'),
    ]);
    expect(v.updatedAt).toBeNull();
    expect(effectiveFormLayout(v)).toEqual({
      superiorBody: 'Phường Mộ Lao',
      issuingUnit: 'Phòng Văn hóa - Xã hội',
      placeName: null,
      preparerTitle: 'Người lập biểu',
      preparerName: null,
      signerTitle: 'Thủ trưởng đơn vị',
      signerName: null,
      dateLine: 'export_date',
    });
  });

  it('takes the parent’s issuing name and the nearest place name set above, never its people', () => {
    const v = resolveFormLayout([
      link('Trường Tiểu học Mộ Lao', { signerTitle: 'Hiệu trưởng' }),
      link('Phường Mộ Lao', {
        issuingUnit: 'Ủy ban nhân dân phường Mộ Lao',
        signerName: 'Trần Văn Bình',
        preparerName: 'Nguyễn Thị Hoa',
      }),
      link('Tỉnh Quảng Trị', { placeName: 'Quảng Trị' }),
    ]);
    const e = effectiveFormLayout(v);
    expect(e.superiorBody).toBe('Ủy ban nhân dân phường Mộ Lao');
    expect(e.placeName).toBe('Quảng Trị');
    expect(e.signerTitle).toBe('Hiệu trưởng');
    expect(e.signerName).toBeNull();
    expect(e.preparerName).toBeNull();
    expect(v.updatedBy).toBe('Hoa');
  });

  it('lets a unit’s own fields win, and leaves a root without cơ quan chủ quản', () => {
    const v = resolveFormLayout([
      link('Sở Nội vụ', {
        superiorBody: 'UBND tỉnh Quảng Trị',
        placeName: 'Đông Hà',
        dateLine: 'blank',
      }),
    ]);
    expect(v.defaults.superiorBody).toBeNull();
    expect(effectiveFormLayout(v)).toMatchObject({
      superiorBody: 'UBND tỉnh Quảng Trị',
      issuingUnit: 'Sở Nội vụ',
      placeName: 'Đông Hà',
      dateLine: 'blank',
    });
  });
});
