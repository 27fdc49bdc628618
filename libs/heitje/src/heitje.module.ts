import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { PartnersModule } from '@buurtwerk/partners';
import {
  HeitjeBetaalcodeEntity,
  HeitjeBoekingEntity,
  HeitjeDeelnameEntity,
  HeitjeJaarplafondEntity,
  HeitjeKlusEntity,
  HeitjeRekeningEntity,
  HeitjeTransactieEntity,
  HeitjeWinkelEntity,
  HeitjeWisselkoersEntity,
} from './heitje.entity';
import { HeitjeResolver } from './heitje.resolver';
import { HeitjeService } from './heitje.service';

/** 't Heerlens Heitje: buurtklussen for a local currency, on a double-entry ledger. */
@Module({
  imports: [
    BuurtenModule,
    PartnersModule,
    TypeOrmModule.forFeature([
      HeitjeRekeningEntity,
      HeitjeTransactieEntity,
      HeitjeBoekingEntity,
      HeitjeKlusEntity,
      HeitjeDeelnameEntity,
      HeitjeWinkelEntity,
      HeitjeBetaalcodeEntity,
      HeitjeWisselkoersEntity,
      HeitjeJaarplafondEntity,
    ]),
  ],
  providers: [HeitjeService, HeitjeResolver],
  exports: [HeitjeService],
})
export class HeitjeModule {}
