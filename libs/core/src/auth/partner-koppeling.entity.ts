import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AangemaaktOp } from '../database/columns';

/**
 * Organisation membership: a PARTNER user (or an API key, as `apisleutel:<id>`) acts for the
 * organisations a BEHEERDER linked it to. Part of identity and access, beside the API keys, read
 * through `Lidmaatschappen`. The foreign key to `organisatie` (partners) is declared by entity
 * name, so core imports nothing from the library above it; it removes the links with their
 * organisation.
 */
@Entity('partner_koppeling')
export class PartnerKoppelingEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisatieId!: string;

  @PrimaryColumn({ type: 'text' })
  gebruikerId!: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisatie_id' })
  organisatie?: object;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}
