import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnersModule } from '@buurtwerk/partners';
import { AmbtsdragerEntity, BelangVerklaringEntity, NevenfunctieEntity, RegisterAuditEntity } from './belangenconflict.entity';
import { AmbtsdragerResolver, BelangenconflictResolver, NevenfunctieResolver } from './belangenconflict.resolver';
import { BelangenconflictService } from './belangenconflict.service';
import { NevenfunctieregisterController } from './nevenfunctieregister.controller';

/** Politieke verwevenheid: the public register of side positions and conflicts of interest. */
@Module({
  imports: [
    PartnersModule,
    TypeOrmModule.forFeature([AmbtsdragerEntity, NevenfunctieEntity, BelangVerklaringEntity, RegisterAuditEntity]),
  ],
  controllers: [NevenfunctieregisterController],
  providers: [BelangenconflictService, AmbtsdragerResolver, NevenfunctieResolver, BelangenconflictResolver],
  exports: [BelangenconflictService],
})
export class ConflictOfInterestModule {}
