import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  ApiSleutelEntity,
  AuditLogEntity,
  type BuurtwerkConfig,
  VerwijderingEntity,
  CoreModule,
  dataSourceOptions,
  formatteerGraphqlAntwoord,
  type GqlContext,
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
import { PrivacyModule } from '@buurtwerk/privacy';
import { HealthController } from './health.controller';
import { IkResolver } from './ik.resolver';

/** The one server: GraphQL at /graphql, health and REST feeds beside it. */
@Module({})
export class AppModule {
  static register(config: BuurtwerkConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, config.databasePoolSize),
          autoLoadEntities: true,
        }),
        TypeOrmModule.forFeature([AuditLogEntity, ApiSleutelEntity, VerwijderingEntity]),
        GraphQLModule.forRoot<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: config.graphiql,
          jit: 1,
          // Refuse absurdly nested queries before executing them (cost control).
          queryDepth: 12,
          context: (request: GqlContext['req']): GqlContext => ({ req: request, loaders: new Map() }),
          errorFormatter: (execution) => formatteerGraphqlAntwoord(execution),
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
        PrivacyModule,
      ],
      controllers: [HealthController],
      providers: [IkResolver],
    };
  }
}
