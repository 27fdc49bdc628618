export { SubsidieregelsModule } from './subsidieregels.module';
export { SubsidieregelsService, type PlafondStand } from './subsidieregels.service';
export { GelijkgesteldeDagenService, type NaToevoegingGelijkgesteldeDag } from './gelijkgestelde-dagen.service';
export { GelijkgesteldeDagEntity } from './gelijkgestelde-dag.entity';
export { GelijkgesteldeDagModel } from './gelijkgestelde-dag.model';
export {
  InstrumentEntity,
  SubsidieregelingEntity,
  SubsidieplafondEntity,
  InstrumentSoort,
  Besluitvorming,
  Verdeelmethode,
  type TenderCriterium,
} from './subsidieregeling.entity';
export {
  InstrumentModel,
  SubsidieregelingModel,
  SubsidieplafondModel,
  ToetsresultaatModel,
  BevindingModel,
  TenderCriteriumModel,
  toInstrumentModel,
  toSubsidieregelingModel,
  toToetsresultaatModel,
} from './subsidieregeling.model';
export { subsidieLoaders } from './subsidieregels.loader';
export * from './toetsing.rules';
export * from './termijnen.rules';
export { SubsidieregelingInput } from './dto/subsidieregeling.input';
export type { InstrumentInput, SubsidieplafondInput } from './dto/subsidieregeling.input';
