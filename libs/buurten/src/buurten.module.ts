import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtEntity, MedewerkerEntity, StadsdeelEntity, WijkEntity } from './buurt.entity';
import { BuurtenController } from './buurten.controller';
import { BuurtResolver, MedewerkerResolver, StadsdeelResolver, WijkResolver } from './buurten.resolver';
import { BuurtenService } from './buurten.service';
import { PdokLocatieserverClient } from './pdok-locatieserver.client';

@Module({
  imports: [TypeOrmModule.forFeature([BuurtEntity, WijkEntity, StadsdeelEntity, MedewerkerEntity])],
  controllers: [BuurtenController],
  providers: [BuurtenService, PdokLocatieserverClient, BuurtResolver, WijkResolver, StadsdeelResolver, MedewerkerResolver],
  exports: [BuurtenService],
})
export class BuurtenModule {}
