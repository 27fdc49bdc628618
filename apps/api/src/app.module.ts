import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AbonnementenBus,
  ApiSleutelEntity,
  AuditLogEntity,
  type BuurtwerkConfig,
  VerwijderingEntity,
  CoreModule,
  dataSourceOptions,
  PartnerKoppelingEntity,
  BekendePersoonEntity,
  type GqlContext,
  queryKostenRegel,
  UitgaandeMailEntity,
  UitgaandeMailBijlageEntity,
} from '@buurtwerk/core';
import { BuurtenModule } from '@buurtwerk/buurten';
import { PartnersModule } from '@buurtwerk/partners';
import { NetwerkbijeenkomstenModule } from '@buurtwerk/netwerkbijeenkomsten';
import { SignalenModule } from '@buurtwerk/signalen';
import { ConflictOfInterestModule } from '@buurtwerk/conflict-of-interest';
import { SubsidieregelsModule } from '@buurtwerk/subsidieregels';
import { InitiativesModule } from '@buurtwerk/initiatives';
import { WebhooksModule } from '@buurtwerk/webhooks';
import { BurgerbegrotingModule } from '@buurtwerk/burgerbegroting';
import { BurgerberaadModule } from '@buurtwerk/burgerberaad';
import { HeitjeModule } from '@buurtwerk/heitje';
import { BuurtconciergesModule } from '@buurtwerk/buurtconcierges';
import { PrivacyModule } from '@buurtwerk/privacy';
import { BezwaarModule } from '@buurtwerk/bezwaar';
import { BuurtregieModule } from '@buurtwerk/buurtregie';
import { MeedoenModule } from '@buurtwerk/meedoen';
import { ZaakregistratieModule } from '@buurtwerk/zaakregistratie';
import { JaarsubsidiesModule } from '@buurtwerk/jaarsubsidies';
import { HealthController } from './health.controller';
import { IkResolver } from './ik.resolver';
import { formatteerMetPersistedQueries, maakPersistedQueryProvider } from './persisted-queries';
import { maxTokens, vertaalTokengrens } from './graphql-grenzen';

/** The one server: GraphQL at /graphql, health and REST feeds beside it. */
@Module({})
export class AppModule {
  static register(config: BuurtwerkConfig & { databaseUrl: string }): DynamicModule {
    // Pub/sub of GraphQL subscriptions: through Redis when REDIS_URL is set (several instances), else in memory.
    const abonnementen = new AbonnementenBus(config);
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, abonnementen),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, config.databasePoolSize, config.databaseReadUrls),
          autoLoadEntities: true,
        }),
        TypeOrmModule.forFeature([
          AuditLogEntity,
          ApiSleutelEntity,
          VerwijderingEntity,
          PartnerKoppelingEntity,
          BekendePersoonEntity,
          UitgaandeMailEntity,
          UitgaandeMailBijlageEntity,
        ]),
        GraphQLModule.forRoot<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: config.graphiql,
          jit: 1,
          // Depth, aliases, root fields and field count are checked before validation (graphql-grenzen.ts);
          // queries that would return too much are refused here: fields × list lengths, estimated from the text.
          validationRules: [queryKostenRegel(config.graphqlMaxKosten)],
          // Parsing is bounded too: a 1 MiB body of tokens would block the event loop before any check.
          graphql: { parseOptions: { maxTokens: maxTokens(config) } },
          // Automatic persisted queries: the web apps send a sha256 hash instead of the query text.
          persistedQueryProvider: maakPersistedQueryProvider(),
          context: (request: GqlContext['req']): GqlContext => ({ req: request, loaders: new Map() }),
          errorFormatter: (execution) => formatteerMetPersistedQueries(vertaalTokengrens(execution, maxTokens(config))),
          // WebSocket subscriptions (graphql-transport-ws and graphql-ws) at the same path.
          subscription: abonnementen.mercuriusOpties(),
        }),
        BuurtenModule,
        PartnersModule,
        NetwerkbijeenkomstenModule,
        SignalenModule,
        ConflictOfInterestModule,
        SubsidieregelsModule,
        InitiativesModule,
        WebhooksModule,
        BurgerbegrotingModule,
        BurgerberaadModule,
        HeitjeModule,
        BuurtconciergesModule,
        PrivacyModule,
        BezwaarModule,
        BuurtregieModule,
        MeedoenModule,
        ZaakregistratieModule,
        JaarsubsidiesModule,
      ],
      controllers: [HealthController],
      providers: [IkResolver],
    };
  }
}
