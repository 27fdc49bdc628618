export { BuurtenModule } from './buurten.module';
export { BuurtenService } from './buurten.service';
export { BuurtEntity, WijkEntity, StadsdeelEntity, MedewerkerEntity } from './buurt.entity';
export { BuurtModel, WijkModel, StadsdeelModel, MedewerkerModel, toBuurtModel, toMedewerkerModel } from './buurt.model';
export { buurtLoaders } from './buurten.loader';
export { parsePostcode } from './pdok-locatieserver.client';
