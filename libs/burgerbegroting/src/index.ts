/**
 * @buurtwerk/burgerbegroting: the pure counting engine of the citizen budget (DOMAIN.md
 * invariant 11). Exact (BigInt rationals), deterministic, no I/O.
 */
export { Breuk } from './breuk';
export type {
  Add1Verloop,
  GelijkeDelenBetaling,
  GoedkeuringsStembiljet,
  ProjectUitleg,
  PuntenStembiljet,
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
export {
  ALLE_REGELS,
  API_REGELS,
  README_REGELS,
  STANDAARD_MAX_ADD1_WERK,
  isRegelSleutel,
  leesRegel,
  tel,
  type RegelDefinitie,
} from './stemregels';
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
