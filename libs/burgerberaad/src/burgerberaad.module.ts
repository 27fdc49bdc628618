import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BeraadAanmeldingEntity, BurgerberaadEntity } from './beraad.entity';
import { BurgerberaadResolver } from './beraad.resolver';
import { BurgerberaadService } from './beraad.service';

/** Burgerberaad: assemblies, volunteers and the fair (LEXIMIN) draw with a public seed. */
@Module({
  imports: [TypeOrmModule.forFeature([BurgerberaadEntity, BeraadAanmeldingEntity])],
  providers: [BurgerberaadService, BurgerberaadResolver],
  exports: [BurgerberaadService],
})
export class BurgerberaadModule {}
