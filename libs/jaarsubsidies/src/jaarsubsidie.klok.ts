import { Injectable } from '@nestjs/common';
import { amsterdamseDatum } from '@buurtwerk/core';

/**
 * Today's date in Heerlen for the yearly cycle (deadlines, due advances, reminders). A book year
 * spans more than a year, so the end-to-end test sets the day it plays (`zet`); nothing else does.
 */
@Injectable()
export class JaarsubsidieKlok {
  private vast: string | null = null;

  vandaag(): string {
    return this.vast ?? amsterdamseDatum(new Date());
  }

  zet(datum: string | null): void {
    this.vast = datum;
  }
}
