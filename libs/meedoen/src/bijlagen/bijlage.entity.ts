import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp } from '@buurtwerk/core';

/** The records an attachment can belong to; access follows that record's visibility. */
export enum BijlageRecord {
  VRIJWILLIGERSVERZOEK = 'VRIJWILLIGERSVERZOEK',
  INITIATIEF = 'INITIATIEF',
  /** Photos and receipts of an initiative's execution report (the record is the initiative). */
  UITVOERINGSVERSLAG = 'UITVOERINGSVERSLAG',
  /** A photo of the problem a resident reports. */
  SIGNAAL = 'SIGNAAL',
  /** Photos of a public idea-bank story. */
  IDEEVERHAAL = 'IDEEVERHAAL',
}

/**
 * An attachment's metadata; the bytes are in the storage (BijlageOpslag) under `id`. Images are
 * stored re-encoded without metadata; the type is the sniffed one, never the client's.
 */
@Entity('bijlage')
@Index(['recordSoort', 'recordId', 'aangemaaktOp'])
@Check(
  'CHK_bijlage_record',
  `"record_soort" IN ('VRIJWILLIGERSVERZOEK','INITIATIEF','UITVOERINGSVERSLAG','SIGNAAL','IDEEVERHAAL')`,
)
export class BijlageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  recordSoort!: BijlageRecord;

  /** The record's id (no foreign key: it can be a row of another library). */
  @Column({ type: 'uuid' })
  recordId!: string;

  /** Display name, cleaned (veiligeBestandsnaam); never used as a path. */
  @Column({ type: 'text' })
  bestandsnaam!: string;

  @Column({ type: 'text' })
  inhoudstype!: string;

  @Column({ type: 'integer' })
  grootte!: number;

  /** `sub` of who uploaded it. */
  @Index()
  @Column({ type: 'text' })
  geuploadDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}
