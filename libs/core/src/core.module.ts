import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ProbleemFilter } from './rest/problem.filter';
import { AuditInterceptor } from './audit/audit.interceptor';
import { ApiSleutelService } from './auth/api-sleutel.service';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { BUURTWERK_CONFIG, type BuurtwerkConfig } from './config/config';
import { InvoerValidatiePipe } from './errors/validation.pipe';
import { NodeRegistry, NodeResolver } from './graphql/node';

/** Configuration, identity, validation and the Node registry: available to every module. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: BuurtwerkConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: BUURTWERK_CONFIG, useValue: config },
        TokenService,
        ApiSleutelService,
        NodeRegistry,
        NodeResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: InvoerValidatiePipe },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        { provide: APP_FILTER, useClass: ProbleemFilter },
      ],
      exports: [BUURTWERK_CONFIG, TokenService, ApiSleutelService, NodeRegistry],
    };
  }
}
