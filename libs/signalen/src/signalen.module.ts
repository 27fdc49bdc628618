import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule, MedewerkerEntity } from '@buurtwerk/buurten';
import { SignaalcategorieEntity, SignaalEntity, SignaalTellerEntity } from './signaal.entity';
import { SignaalResolver } from './signalen.resolver';
import { SignalenService } from './signalen.service';

@Module({
  imports: [BuurtenModule, TypeOrmModule.forFeature([SignaalEntity, SignaalcategorieEntity, SignaalTellerEntity, MedewerkerEntity])],
  providers: [SignalenService, SignaalResolver],
  exports: [SignalenService],
})
export class SignalenModule {}
