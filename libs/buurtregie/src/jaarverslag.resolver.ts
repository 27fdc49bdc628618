import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@buurtwerk/core';
import { JaarverslagArgs } from './dto/jaarverslag.input';
import { JaarverslagModel } from './jaarverslag.model';
import { JaarverslagService } from './jaarverslag.service';

@Resolver(() => JaarverslagModel)
export class JaarverslagResolver {
  constructor(private readonly service: JaarverslagService) {}

  @Public()
  @Query(() => JaarverslagModel, {
    description:
      'The year report of buurtregie for a buurt, a stadsdeel, or (neither given) the city: initiatives, money per instrument and ceiling use, decision times, activities, network meetings, signals per department, needs, panel participation and the concierge pilot. Computed from the record; no personal data.',
  })
  jaarverslag(@Args() args: JaarverslagArgs) {
    return this.service.jaarverslag(args.jaar, args.buurtId, args.stadsdeelId);
  }
}
