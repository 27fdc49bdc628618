import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InterfaceType, Query, Resolver } from '@nestjs/graphql';
import type { Gebruiker } from '../auth/gebruiker';
import { HuidigeGebruiker, Public } from '../auth/auth.decorators';
import { parseGlobalId } from './global-id';

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
  private readonly laders = new Map<string, NodeLader>();

  registreer(type: string, lader: NodeLader): void {
    this.laders.set(type, lader);
  }

  typen(): string[] {
    return [...this.laders.keys()].sort();
  }

  async laad(globalId: string, gebruiker: Gebruiker | null): Promise<object | null> {
    const parsed = parseGlobalId(globalId);
    const lader = parsed ? this.laders.get(parsed.type) : undefined;
    if (!parsed || !lader) {
      return null;
    }
    return lader(parsed.id, gebruiker);
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
