import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { type Gebruiker, HuidigeGebruiker, Ingelogd, Public, Rol, Rollen, Tekst } from '@buurtwerk/core';
import { HeitjeKlusInput, HeitjeWinkelInput, HeitjeWisselkoersInput } from './dto/heitje.input';
import {
  HeitjeAfrekeningsregelModel,
  HeitjeBetaalcodeModel,
  HeitjeBetalingModel,
  HeitjeDeelnameModel,
  HeitjeKlusModel,
  HeitjePortemonneeModel,
  HeitjeWinkelModel,
} from './heitje.model';
import { HeitjeService } from './heitje.service';

const STAF = [Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;
const BELEID = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;

@ArgsType()
class KlussenArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  buurtId?: string | null;
}

@ArgsType()
class VoltooienArgs {
  @Field(() => ID)
  @IsString()
  deelnameId!: string;

  @Field({ description: "The guiding organisation's note on the work done." })
  @Tekst(2000)
  notitie!: string;
}

@ArgsType()
class BetalingArgs {
  @Field(() => ID)
  @IsString()
  winkelId!: string;

  @Field()
  @Matches(/^\s*[A-Za-z0-9]{8}\s*$/, { message: 'is een code van 8 tekens' })
  code!: string;
}

@ArgsType()
class PlafondArgs {
  @Field(() => Int)
  @IsInt()
  @Min(2020)
  @Max(2100)
  jaar!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  maxHeitjes!: number;
}

@Resolver()
export class HeitjeResolver {
  constructor(private readonly service: HeitjeService) {}

  @Public()
  @Query(() => [HeitjeKlusModel], { description: "'t Heerlens Heitje job board: open jobs, optionally of one buurt." })
  heitjeKlussen(@Args() args: KlussenArgs) {
    return this.service.klussen(args.buurtId);
  }

  @Ingelogd()
  @Query(() => [HeitjeKlusModel], { description: "Jobs guided by the caller's organisations." })
  heitjeBegeleideKlussen(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.begeleideKlussen(gebruiker);
  }

  @Ingelogd()
  @Query(() => [HeitjeDeelnameModel], { description: "A job's participants: members of its guiding organisation and staff." })
  heitjeDeelnames(@Args('klusId', { type: () => ID }) klusId: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.deelnamesVan(klusId, gebruiker);
  }

  @Rollen(Rol.BEWONER)
  @Query(() => HeitjePortemonneeModel, {
    description: 'Your heitjes: balance, earnings this year against the cap, jobs, movements.',
  })
  mijnHeitjes(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.portemonnee(gebruiker);
  }

  @Public()
  @Query(() => [HeitjeWinkelModel], { description: 'Shops that accept heitjes.' })
  heitjeWinkels() {
    return this.service.winkels();
  }

  @Rollen(...BELEID)
  @Query(() => [HeitjeAfrekeningsregelModel], { description: 'Monthly settlement per shop (maand: YYYY-MM), in euro cents.' })
  heitjeAfrekening(@Args('maand') maand: string) {
    return this.service.afrekening(maand);
  }

  @Rollen(...STAF)
  @Mutation(() => HeitjeKlusModel, { description: 'Puts a job on the board; its budget (reward × places) is minted.' })
  heitjeKlusAanmaken(@Args('input') input: HeitjeKlusInput) {
    return this.service.klusAanmaken(input);
  }

  @Rollen(Rol.BEWONER)
  @Mutation(() => HeitjeDeelnameModel, { description: 'Take a place on a job.' })
  heitjeKlusClaimen(@Args('klusId', { type: () => ID }) klusId: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.claimen(klusId, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => HeitjeDeelnameModel, {
    description: 'The guiding organisation confirms the work: the reward goes to the wallet (within the yearly cap).',
  })
  heitjeKlusVoltooien(@Args() args: VoltooienArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.voltooien(args.deelnameId, args.notitie, gebruiker);
  }

  @Rollen(Rol.BEWONER)
  @Mutation(() => HeitjeBetaalcodeModel, { description: 'A short-lived code to pay an amount at a shop.' })
  heitjeBetaalcodeMaken(@Args('bedrag', { type: () => Int }) bedrag: number, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.betaalcodeMaken(bedrag, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => HeitjeBetalingModel, { description: "A shop's staff confirm a resident's payment code." })
  heitjeBetalingBevestigen(@Args() args: BetalingArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.betalingBevestigen(args.winkelId, args.code, gebruiker);
  }

  @Rollen(...BELEID)
  @Mutation(() => HeitjeWinkelModel, { description: 'Registers a shop that accepts heitjes.' })
  heitjeWinkelRegistreren(@Args('input') input: HeitjeWinkelInput) {
    return this.service.winkelRegistreren(input);
  }

  @Rollen(...BELEID)
  @Mutation(() => Boolean, { description: 'Sets the exchange rate (euro cents per heitje) from a date on.' })
  heitjeWisselkoersVaststellen(@Args('input') input: HeitjeWisselkoersInput) {
    return this.service.wisselkoersVaststellen(input);
  }

  @Rollen(...BELEID)
  @Mutation(() => Boolean, { description: 'Sets the most heitjes a resident may earn in a calendar year.' })
  heitjeJaarplafondVaststellen(@Args() args: PlafondArgs) {
    return this.service.jaarplafondVaststellen(args.jaar, args.maxHeitjes);
  }
}
