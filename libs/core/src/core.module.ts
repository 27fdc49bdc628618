import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ProbleemFilter } from './rest/problem.filter';
import { AuditInterceptor } from './audit/audit.interceptor';
import { ApiSleutelService } from './auth/api-sleutel.service';
import { Lidmaatschappen } from './auth/lidmaatschappen';
import { PersoonsgegevensRegister } from './persoonsgegevens/persoonsgegevens-register';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { BUURTWERK_CONFIG, type BuurtwerkConfig } from './config/config';
import { InvoerValidatiePipe } from './errors/validation.pipe';
import { NodeRegistry, NodeResolver } from './graphql/node';
import { AbonnementenBus } from './graphql/abonnementen';
import { Taakloper } from './taken/taakloper';
import { UitgaandeMailVerzender } from './mail/uitgaande-mail.service';
import { AanmeldLimietGuard, Snelheidslimieten } from './auth/snelheidslimiet';
import { BekendePersonen } from './auth/bekende-personen';
import { BekendePersonenResolver } from './auth/bekende-personen.resolver';

/** Configuration, identity, validation, the Node registry, the job runner and the mail outbox: available to every module. */
@Global()
@Module({})
export class CoreModule {
  /** `abonnementen`: the pub/sub of GraphQL subscriptions, the same one Mercurius was given. */
  static forRoot(config: BuurtwerkConfig, abonnementen = new AbonnementenBus(config)): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: BUURTWERK_CONFIG, useValue: config },
        TokenService,
        ApiSleutelService,
        Snelheidslimieten,
        AanmeldLimietGuard,
        Lidmaatschappen,
        PersoonsgegevensRegister,
        BekendePersonen,
        BekendePersonenResolver,
        NodeRegistry,
        NodeResolver,
        Taakloper,
        UitgaandeMailVerzender,
        { provide: AbonnementenBus, useValue: abonnementen },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: InvoerValidatiePipe },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        { provide: APP_FILTER, useClass: ProbleemFilter },
      ],
      exports: [
        BUURTWERK_CONFIG,
        TokenService,
        ApiSleutelService,
        Snelheidslimieten,
        AanmeldLimietGuard,
        NodeRegistry,
        AbonnementenBus,
        Taakloper,
        UitgaandeMailVerzender,
        Lidmaatschappen,
        PersoonsgegevensRegister,
        BekendePersonen,
      ],
    };
  }
}
