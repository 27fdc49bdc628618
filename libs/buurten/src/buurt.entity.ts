import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';

@Entity('stadsdeel')
export class StadsdeelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  naam!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

@Entity('wijk')
export class WijkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** CBS wijkcode, e.g. WK091710. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  stadsdeelId!: string | null;

  @ManyToOne(() => StadsdeelEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'stadsdeel_id' })
  stadsdeel?: StadsdeelEntity | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

@Entity('buurt')
@Index(['gewijzigdOp', 'id'])
export class BuurtEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** CBS buurtcode, e.g. BU09171000. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  naam!: string;

  /** Lower case without accents, for search ("Hëerlen" finds "heerlen"). */
  @Column({ type: 'text' })
  zoeknaam!: string;

  @Index()
  @Column({ type: 'uuid' })
  wijkId!: string;

  @ManyToOne(() => WijkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'wijk_id' })
  wijk?: WijkEntity;

  @Column({ type: 'integer', nullable: true })
  inwoners!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon!: number | null;

  /** GeoJSON Polygon or MultiPolygon in WGS84 (CRS84: lon, lat). */
  @Column({ type: 'jsonb', nullable: true })
  geometrie!: GeoJsonGeometrie | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

export type GeoJsonGeometrie =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

@Entity('medewerker')
@Index(['gewijzigdOp', 'id'])
export class MedewerkerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text' })
  functie!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  telefoon!: string | null;

  /** `sub` of the person's sign-in token: links the record to someone who can sign in. */
  @Index({ unique: true, where: 'gebruiker_id IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  gebruikerId!: string | null;

  @ManyToMany(() => BuurtEntity)
  @JoinTable({
    name: 'medewerker_buurt',
    joinColumn: { name: 'medewerker_id' },
    inverseJoinColumn: { name: 'buurt_id' },
  })
  buurten?: BuurtEntity[];

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
