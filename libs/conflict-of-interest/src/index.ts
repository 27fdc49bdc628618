export { ConflictOfInterestModule } from './conflict-of-interest.module';
export { BelangenconflictService, type ConflictVraag, type InitiatievenPoort } from './belangenconflict.service';
export { BelangenconflictModel, AmbtsdragerModel, NevenfunctieModel, toBelangenconflictModel } from './belangenconflict.model';
export { AmbtsdragerFunctie } from './belangenconflict.entity';
export { ConflictGrond } from './belangenconflict.rules';
