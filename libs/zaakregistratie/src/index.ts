export { ZaakregistratieModule } from './zaakregistratie.module';
export { ZaakregistratieService, ZAAKREGISTRATIE_CONFIG, type Rondeverslag } from './zaakregistratie.service';
export { laadZaakregistratieConfig, isGeldigRsin, type ZaakregistratieConfig } from './zaakregistratie.config';
export { ZaakregistratieConfigFout } from './catalogi.controle';
export { ZaakopdrachtEntity, ZaakregistratieEntity, ZaakopdrachtSoort, ZaakopdrachtStatus } from './zaakopdracht.entity';
export { zgwToken } from './zgw.jwt';
