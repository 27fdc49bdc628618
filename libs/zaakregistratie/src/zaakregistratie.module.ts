import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InitiativesModule } from '@buurtwerk/initiatives';
import { ZaakopdrachtEntity, ZaakregistratieEntity } from './zaakopdracht.entity';
import { laadZaakregistratieConfig } from './zaakregistratie.config';
import { ZAAKREGISTRATIE_CONFIG, ZaakregistratieService } from './zaakregistratie.service';
import { InitiatiefZaakResolver } from './zaakregistratie.resolver';

@Module({
  imports: [InitiativesModule, TypeOrmModule.forFeature([ZaakopdrachtEntity, ZaakregistratieEntity])],
  providers: [
    { provide: ZAAKREGISTRATIE_CONFIG, useFactory: () => laadZaakregistratieConfig() },
    ZaakregistratieService,
    InitiatiefZaakResolver,
  ],
  exports: [ZaakregistratieService],
})
export class ZaakregistratieModule {}
