/** @buurtwerk/heitje: 't Heerlens Heitje, buurtklussen paid in a local currency on a double-entry ledger. */
export { HeitjeModule } from './heitje.module';
export { HeitjeService } from './heitje.service';
export { boek, rekening, saldoVan, type Regel } from './grootboek';
export { RekeningSoort, TransactieSoort } from './heitje.entity';
export { laadHeitjeConfig, pastBinnenPlafond, type HeitjeConfig } from './heitje.rules';
