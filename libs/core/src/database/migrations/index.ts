/**
 * Every migration, in chronological order. Listed explicitly (not globbed) so that the built
 * server, the tests and the CLI run exactly the same set. `npm run db:migration:generate`
 * adds new ones here.
 */
import { Fundament1795982765867 } from './1795982765867-fundament';
import { AuditLog1795983203375 } from './1795983203375-audit-log';

export const MIGRATIES = [Fundament1795982765867, AuditLog1795983203375];
