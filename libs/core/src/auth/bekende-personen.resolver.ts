import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { fout } from '../errors/domain-error';
import { DatumTijdScalar } from '../graphql/scalars';
import { Rollen } from './auth.decorators';
import { BekendePersonen } from './bekende-personen';
import { Rol } from './gebruiker';

@ObjectType('BekendePersoon', { description: 'A person who signed in with a name (for choosing buurtpanel members by name).' })
export class BekendePersoonModel {
  @Field(() => ID, { description: 'The sign-in id (`sub`), as buurtpanelInstellen and buurtpanelLedenWijzigen take it.' })
  sub!: string;

  @Field({ description: 'The name the person last signed in with.' })
  naam!: string;

  @Field(() => DatumTijdScalar)
  laatstGezien!: Date;
}

const MAX_SUBS = 200;

@Resolver()
export class BekendePersonenResolver {
  constructor(private readonly personen: BekendePersonen) {}

  /** Panel managers only: the same mandate as buurtpanelInstellen (docs/autorisatiematrix.md). */
  @Rollen(Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)
  @Query(() => [BekendePersoonModel], {
    description:
      'People who signed in, found by part of their name (`naam`, at least 2 characters; at most 20, most recently seen first) ' +
      'or by sign-in ids (`subs`, e.g. the members of a panel). Exactly one of the two.',
  })
  bekendePersonen(
    @Args('naam', { type: () => String, nullable: true }) naam?: string | null,
    @Args('subs', { type: () => [ID], nullable: true }) subs?: string[] | null,
  ) {
    const metNaam = naam !== null && naam !== undefined;
    const metSubs = subs !== null && subs !== undefined;
    if (metNaam === metSubs) {
      throw fout.veld('naam', 'Zoek op een naam of op gebruikers-ids, niet op beide of geen van beide.');
    }
    if (metSubs) {
      if (subs.length > MAX_SUBS) {
        throw fout.veld('subs', `Vraag naar hoogstens ${MAX_SUBS} personen tegelijk.`);
      }
      return this.personen.vanSubs([...new Set(subs)]);
    }
    const tekst = (naam ?? '').trim();
    if (tekst.length < 2) {
      throw fout.veld('naam', 'Typ minstens 2 letters van de naam.');
    }
    if (tekst.length > 100) {
      throw fout.veld('naam', 'Typ hoogstens 100 tekens.');
    }
    return this.personen.zoek(tekst);
  }
}
