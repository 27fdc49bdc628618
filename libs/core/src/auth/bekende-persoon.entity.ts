import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person who signed in with a name (the `name` claim of their token): so that staff can choose
 * buurtpanel members by name instead of by sign-in id (issue 19). Recorded by `BekendePersonen`
 * at most once per person per hour and process; removed on pseudonymisation and after the
 * retention term `bekendepersonen` without a sign-in (AVG art. 5(1)(c) and (e)).
 */
@Entity('bekende_persoon')
export class BekendePersoonEntity {
  @PrimaryColumn({ type: 'text' })
  sub!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Index('IDX_bekende_persoon_laatst_gezien')
  @Column({ type: 'timestamptz', precision: 3 })
  laatstGezien!: Date;
}
