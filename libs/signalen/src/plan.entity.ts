import { Check, Column, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';
import { BuurtEntity, MedewerkerEntity } from '@buurtwerk/buurten';

/**
 * A plan of the municipality that touches buurten (road works, housing, green). The bridge
 * function (docs/domein.md, "Actors and roles"): the buurtregisseurs of those buurten are linked to it.
 */
@Entity('plan')
@Index(['startdatum', 'id'])
@Check('CHK_plan_periode', '"einddatum" IS NULL OR "einddatum" >= "startdatum"')
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  titel!: string;

  @Column({ type: 'text', nullable: true })
  omschrijving!: string | null;

  /** The department that owns the plan. */
  @Column({ type: 'text' })
  afdeling!: string;

  @Column({ type: 'date' })
  startdatum!: string;

  @Column({ type: 'date', nullable: true })
  einddatum!: string | null;

  @ManyToMany(() => BuurtEntity)
  @JoinTable({ name: 'plan_buurt', joinColumn: { name: 'plan_id' }, inverseJoinColumn: { name: 'buurt_id' } })
  buurten?: BuurtEntity[];

  /** Linked when the plan is registered: the buurtregisseurs of its buurten at that moment. */
  @ManyToMany(() => MedewerkerEntity)
  @JoinTable({ name: 'plan_buurtregisseur', joinColumn: { name: 'plan_id' }, inverseJoinColumn: { name: 'medewerker_id' } })
  buurtregisseurs?: MedewerkerEntity[];

  /** `sub` of who registered it. */
  @Column({ type: 'text' })
  geregistreerdDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
