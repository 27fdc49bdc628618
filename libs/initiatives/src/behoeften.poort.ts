import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Whether an initiative answers a recorded need of its buurt (the buurtagenda). The buurtagenda
 * lives in a library above this one, so it is asked through this port, which that library fills
 * at start-up (CONTRIBUTING.md, "Shape"). Without it, no initiative answers a recorded need.
 */
export type BeantwoordtBehoefte = (m: EntityManager, initiatiefId: string) => Promise<boolean>;

@Injectable()
export class BehoeftenPoort {
  private vraag: BeantwoordtBehoefte | null = null;

  /** Called once by the buurtagenda at start-up. */
  registreer(vraag: BeantwoordtBehoefte): void {
    this.vraag = vraag;
  }

  async beantwoordtBehoefte(m: EntityManager, initiatiefId: string | null): Promise<boolean> {
    return initiatiefId !== null && this.vraag !== null ? this.vraag(m, initiatiefId) : false;
  }
}
