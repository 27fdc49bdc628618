/** An error from the API with its code and per-field details (its own module, so fouten.ts and its tests need no Vite). */
export interface VeldFout {
  veld: string;
  melding: string;
}

export class ApiFout extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly velden: readonly VeldFout[] = [],
  ) {
    super(message);
  }
}
