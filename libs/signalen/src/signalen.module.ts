import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule, MedewerkerEntity } from '@buurtwerk/buurten';
import { PlanEntity } from './plan.entity';
import { PlanResolver } from './plan.resolver';
import { PlanService } from './plan.service';
import { SignaalcategorieEntity, SignaalEntity, SignaalTellerEntity } from './signaal.entity';
import { SignaalResolver } from './signalen.resolver';
import { SignalenService } from './signalen.service';

@Module({
  imports: [
    BuurtenModule,
    TypeOrmModule.forFeature([SignaalEntity, SignaalcategorieEntity, SignaalTellerEntity, PlanEntity, MedewerkerEntity]),
  ],
  providers: [SignalenService, SignaalResolver, PlanService, PlanResolver],
  exports: [SignalenService, PlanService],
})
export class SignalenModule {}
