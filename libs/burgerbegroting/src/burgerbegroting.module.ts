import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { InitiativesModule } from '@buurtwerk/initiatives';
import {
  BegrotingsprojectEntity,
  BegrotingsrondeEntity,
  BegrotingsstembiljetEntity,
  BegrotingsuitslagEntity,
} from './begroting.entity';
import { BegrotingsprojectResolver, BegrotingsrondeResolver } from './begroting.resolver';
import { BegrotingService } from './begroting.service';

/** Burgerbegroting: rounds, projects, secret ballots (online and paper) and the stored, explained result. */
@Module({
  imports: [
    BuurtenModule,
    InitiativesModule,
    TypeOrmModule.forFeature([
      BegrotingsrondeEntity,
      BegrotingsprojectEntity,
      BegrotingsstembiljetEntity,
      BegrotingsuitslagEntity,
    ]),
  ],
  providers: [BegrotingService, BegrotingsrondeResolver, BegrotingsprojectResolver],
  exports: [BegrotingService],
})
export class BurgerbegrotingModule {}
