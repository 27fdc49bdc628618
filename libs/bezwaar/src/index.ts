export { BezwaarModule } from './bezwaar.module';
export { BezwaarService } from './bezwaar.service';
export {
  BezwaarEntity,
  BezwaarReferentietellerEntity,
  BezwaarStatus,
  BezwaarBeslissing,
  BezwaarHoedanigheid,
  HoorzittingAfzienGrond,
} from './bezwaar.entity';
export { BezwaarModel, toBezwaarModel } from './bezwaar.model';
export * from './bezwaar.rules';
