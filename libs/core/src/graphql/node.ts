import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InterfaceType, Query, Resolver } from '@nestjs/graphql';
import type { Gebruiker } from '../auth/gebruiker';
import { HuidigeGebruiker, Public } from '../auth/auth.decorators';
import { parseGlobalId, parseGlobalIdMetTekst } from './global-id';

@InterfaceType('Node', {
  // Models are plain class instances made by toXModel(); their class is the GraphQL type.
  resolveType: (value: object) => value.constructor,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque id (Relay). Stable forever.' })
  id!: string;
}

/** Loads one object of a Node type by its database id, applying the caller's access rules. */
export type NodeLader = (id: string, gebruiker: Gebruiker | null) => Promise<object | null>;

/** Each domain module registers how to load its Node types, so `node(id)` resolves them all. */
@Injectable()
export class NodeRegistry {
  private readonly laders = new Map<string, { lader: NodeLader; tekstId: boolean }>();

  /** `tekstId`: the type's ids are not our uuids but any text (Gebruiker: the token's `sub`). */
  registreer(type: string, lader: NodeLader, opties: { tekstId?: boolean } = {}): void {
    this.laders.set(type, { lader, tekstId: opties.tekstId ?? false });
  }

  typen(): string[] {
    return [...this.laders.keys()].sort();
  }

  async laad(globalId: string, gebruiker: Gebruiker | null): Promise<object | null> {
    const tekst = parseGlobalIdMetTekst(globalId);
    const geregistreerd = tekst ? this.laders.get(tekst.type) : undefined;
    const parsed = geregistreerd?.tekstId ? tekst : parseGlobalId(globalId);
    if (!parsed || !geregistreerd) {
      return null;
    }
    return geregistreerd.lader(parsed.id, gebruiker);
  }
}

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Public()
  @Query(() => Node, { nullable: true })
  node(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker | null): Promise<object | null> {
    return this.registry.laad(id, gebruiker);
  }
}
