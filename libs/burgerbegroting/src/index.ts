/**
 * @buurtwerk/burgerbegroting: the pure counting engine of the citizen budget (docs/domein.md,
 * invariant 11). Exact (BigInt rationals), deterministic, no I/O.
 */
export { Breuk } from './breuk';
export type {
  Add1Verloop,
  GelijkeDelenBetaling,
  GoedkeuringsStembiljet,
  ProjectUitleg,
  PuntenStembiljet,
  RegelDefinitie,
  RegelSleutel,
  StemmerBetaling,
  TelInvoer,
  Telling,
  TelOpties,
  TelProject,
  TelStembiljet,
  Tevredenheid,
  UitlegReden,
} from './telling.types';
export {
  OngeldigeTellingError,
  OnbekendeRegelError,
  PbFormaatError,
  TelFout,
  TellingTeZwaarError,
  type TelFoutCode,
} from './telling.errors';
export { ALLE_REGELS, API_REGELS, README_REGELS, STANDAARD_MAX_ADD1_WERK, isRegelSleutel, leesRegel, tel } from './stemregels';
export { euroCentenAlsTekst, standaardBedragAlsTekst } from './uitleg';
export {
  leesPb,
  pbNaarTelInvoer,
  schrijfPb,
  type PbBestand,
  type PbProject,
  type PbSchrijfOpties,
  type PbStem,
  type PbStemType,
} from './pb-formaat';

// The API part: rounds, projects, ballots and the stored result (Nest module).
export { BurgerbegrotingModule } from './burgerbegroting.module';
export { BegrotingService } from './begroting.service';
export {
  BegrotingsprojectEntity,
  BegrotingsrondeEntity,
  BegrotingsstembiljetEntity,
  BegrotingsuitslagEntity,
  StemKanaal,
  Stemregel,
  Stemwijze,
  type GeserialiseerdeTelling,
} from './begroting.entity';
export {
  BegrotingsprojectModel,
  BegrotingsrondeModel,
  toBegrotingsprojectModel,
  toBegrotingsrondeModel,
} from './begroting.model';
export {
  add1OphogingVoor,
  controleerStembiljet,
  regelSleutel,
  serialiseerTelling,
  stemmerSleutel,
  TELLING_VERSIE,
} from './begroting.rules';
