import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BewaartermijnWorker } from './bewaartermijn.worker';
import { LeesAudit } from './lees-audit';
import { MijnGegevensController } from './mijn-gegevens.controller';
import { MijnGegevensService } from './mijn-gegevens.service';
import { PrivacySleutelEntity } from './privacy-sleutel.entity';
import { PrivacyResolver } from './privacy.resolver';
import { PseudonimiseringService } from './pseudonimisering.service';

/**
 * Privacy (docs/domein.md, invariant 12; AVG, BIO): the resident's export and pseudonymisation, the audit of
 * staff reads of personal data, the audit log per entity and the retention job. Depends on no
 * other domain library and names none of their tables: each registers its own handler in core's
 * PersoonsgegevensRegister, which this library orchestrates.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PrivacySleutelEntity])],
  controllers: [MijnGegevensController],
  providers: [MijnGegevensService, PseudonimiseringService, PrivacyResolver, LeesAudit, BewaartermijnWorker],
  exports: [PseudonimiseringService, MijnGegevensService],
})
export class PrivacyModule {}
