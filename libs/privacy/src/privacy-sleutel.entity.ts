import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { AangemaaktOp } from '@buurtwerk/core';

/**
 * The HMAC key of the pseudonyms when PSEUDONIEM_SLEUTEL is not set: one random key, made on
 * first use and shared by every API instance, so a person's pseudonym is the same everywhere.
 */
@Entity('privacy_sleutel')
@Check('CHK_privacy_sleutel_een', '"id" = 1')
export class PrivacySleutelEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'text' })
  sleutel!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}
