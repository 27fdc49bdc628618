import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { type Gebruiker, HuidigeGebruiker, Node, NodeRegistry, Public, Rol, toGlobalId } from '@buurtwerk/core';

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

function toGebruikerModel(gebruiker: Gebruiker): GebruikerModel {
  return Object.assign(new GebruikerModel(), {
    id: toGlobalId('Gebruiker', gebruiker.sub),
    naam: gebruiker.naam,
    email: gebruiker.email,
    rollen: gebruiker.rollen,
  });
}

@Resolver()
export class IkResolver {
  constructor(nodes: NodeRegistry) {
    // A Gebruiker is the identity provider's subject, not a row of ours: the only user whose
    // name, e-mail and roles this API knows is the caller (from the verified token). So the node
    // resolves for the caller's own id, as `ik` does, and is null for anyone else's id or when
    // anonymous: no other user's details, and no oracle whether an id exists (AVG art. 5(1)(c)).
    nodes.registreer(
      'Gebruiker',
      async (sub, gebruiker) => (gebruiker !== null && gebruiker.sub === sub ? toGebruikerModel(gebruiker) : null),
      { tekstId: true },
    );
  }

  @Public()
  @Query(() => GebruikerModel, { nullable: true, description: 'The signed-in user, or null when anonymous.' })
  ik(@HuidigeGebruiker() gebruiker: Gebruiker | null): GebruikerModel | null {
    return gebruiker ? toGebruikerModel(gebruiker) : null;
  }
}
