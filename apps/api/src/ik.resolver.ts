import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { type Gebruiker, HuidigeGebruiker, Node, Public, Rol } from '@buurtwerk/core';

@ObjectType('Gebruiker', { implements: () => [Node] })
export class GebruikerModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  naam!: string;
  @Field(() => String, { nullable: true })
  email!: string | null;
  @Field(() => [Rol])
  rollen!: Rol[];
}

@Resolver()
export class IkResolver {
  @Public()
  @Query(() => GebruikerModel, { nullable: true, description: 'The signed-in user, or null when anonymous.' })
  ik(@HuidigeGebruiker() gebruiker: Gebruiker | null): GebruikerModel | null {
    if (!gebruiker) {
      return null;
    }
    return Object.assign(new GebruikerModel(), {
      id: Buffer.from(`Gebruiker:${gebruiker.sub}`, 'utf8').toString('base64url'),
      naam: gebruiker.naam,
      email: gebruiker.email,
      rollen: gebruiker.rollen,
    });
  }
}
