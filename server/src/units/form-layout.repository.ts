import { Injectable } from '@nestjs/common';
import type { FormDateLine, FormLayout } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** A unit's stored layout; null fields were left empty (their default prints). */
export interface StoredFormLayout extends FormLayout {
  updatedAt: Date;
  updatedBy: string | null;
}

/** A unit on the way from a unit up to its root, with what it stored (if anything). */
export interface LayoutChainLink {
  unitId: string;
  unitName: string;
  layout: StoredFormLayout | null;
}

interface LayoutRow {
  unit_id: string;
  unit_name: string;
  superior_body: string | null;
  issuing_unit: string | null;
  place_name: string | null;
  preparer_title: string | null;
  preparer_name: string | null;
  signer_title: string | null;
  signer_name: string | null;
  date_line: FormDateLine | null;
  updated_at: Date | null;
  updated_by_name: string | null;
}

function toLink(r: LayoutRow): LayoutChainLink {
  return {
    unitId: r.unit_id,
    unitName: r.unit_name,
    // The layout columns come from a LEFT JOIN: no updated_at means the unit stored nothing.
    layout: r.updated_at
      ? {
          superiorBody: r.superior_body,
          issuingUnit: r.issuing_unit,
          placeName: r.place_name,
          preparerTitle: r.preparer_title,
          preparerName: r.preparer_name,
          signerTitle: r.signer_title,
          signerName: r.signer_name,
          dateLine: r.date_line ?? 'export_date',
          updatedAt: r.updated_at,
          updatedBy: r.updated_by_name,
        }
      : null,
  };
}

@Injectable()
export class FormLayoutRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The unit and its ancestors, nearest first, each with its stored layout: what a form needs
   * to fill an empty field from the unit above (its name as cơ quan chủ quản, its địa danh).
   */
  async chain(unitId: string, em?: EntityManager): Promise<LayoutChainLink[]> {
    const rows: LayoutRow[] = await (em ?? this.ds).query(
      `SELECT a.id AS unit_id, a.name AS unit_name, l.superior_body, l.issuing_unit, l.place_name,
              l.preparer_title, l.preparer_name, l.signer_title, l.signer_name, l.date_line,
              l.updated_at, ub.full_name AS updated_by_name
         FROM units u
         JOIN units a ON u.path LIKE a.path || '%'
         LEFT JOIN unit_form_layouts l ON l.unit_id = a.id
         LEFT JOIN users ub ON ub.id = l.updated_by
        WHERE u.id = $1
        ORDER BY length(a.path) DESC`,
      [unitId],
    );
    return rows.map(toLink);
  }

  /** Writes the whole layout of a unit (insert or replace). */
  async save(
    em: EntityManager,
    unitId: string,
    layout: FormLayout,
    actorId: string,
    at: Date,
  ): Promise<void> {
    await em.query(
      `INSERT INTO unit_form_layouts (unit_id, superior_body, issuing_unit, place_name, preparer_title,
                                      preparer_name, signer_title, signer_name, date_line, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (unit_id) DO UPDATE SET
         superior_body = EXCLUDED.superior_body, issuing_unit = EXCLUDED.issuing_unit,
         place_name = EXCLUDED.place_name, preparer_title = EXCLUDED.preparer_title,
         preparer_name = EXCLUDED.preparer_name, signer_title = EXCLUDED.signer_title,
         signer_name = EXCLUDED.signer_name, date_line = EXCLUDED.date_line,
         updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [
        unitId,
        layout.superiorBody,
        layout.issuingUnit,
        layout.placeName,
        layout.preparerTitle,
        layout.preparerName,
        layout.signerTitle,
        layout.signerName,
        layout.dateLine,
        actorId,
        at,
      ],
    );
  }
}
