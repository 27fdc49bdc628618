/**
 * Exact rational number (breuk) on BigInt: the counting never uses floating point for money or
 * shares, because MES ties (equal ρ) must be detected exactly (see the pb-public README,
 * "Exact arithmetic"). Always normalised: gcd(teller, noemer) = 1 and noemer > 0.
 */
export class Breuk {
  static readonly NUL = new Breuk(0n, 1n, true);
  static readonly EEN = new Breuk(1n, 1n, true);

  readonly teller: bigint;
  readonly noemer: bigint;

  private constructor(teller: bigint, noemer: bigint, alGenormaliseerd: boolean) {
    if (alGenormaliseerd) {
      this.teller = teller;
      this.noemer = noemer;
      return;
    }
    if (noemer === 0n) {
      throw new RangeError('Breuk met noemer 0');
    }
    if (noemer < 0n) {
      teller = -teller;
      noemer = -noemer;
    }
    const g = ggd(teller, noemer);
    this.teller = g === 1n ? teller : teller / g;
    this.noemer = g === 1n ? noemer : noemer / g;
  }

  static van(teller: bigint | number, noemer: bigint | number = 1n): Breuk {
    return new Breuk(naarBigInt(teller), naarBigInt(noemer), false);
  }

  /**
   * teller / (product of `noemerFactoren`), reduced factor by factor: cheaper than one gcd on the
   * long product when the factors are small. After dividing out gcd(teller, f), what is left of f is
   * coprime to the teller, so the result is fully reduced. Factors must be positive.
   */
  static vanFactoren(teller: bigint, noemerFactoren: readonly bigint[]): Breuk {
    let t = teller;
    let noemer = 1n;
    for (const f of noemerFactoren) {
      if (f <= 0n) {
        throw new RangeError('Breuk.vanFactoren: factoren moeten positief zijn');
      }
      const g = ggd(t, f);
      if (g !== 1n) {
        t /= g;
      }
      noemer *= g === 1n ? f : f / g;
    }
    return t === 0n ? Breuk.NUL : new Breuk(t, noemer, true);
  }

  static geheel(waarde: bigint | number): Breuk {
    return new Breuk(naarBigInt(waarde), 1n, true);
  }

  /**
   * Reads a number the way pabutools' `str_as_frac` (Python `Fraction(str)`) does after the pabulib
   * parser replaced `,` by `.`: an integer, a decimal (`363734.88`, `.5`, `200000.0`), scientific
   * notation (`1e3`) or a quotient (`3/4`). Surrounding whitespace is allowed.
   */
  static vanTekst(tekst: string): Breuk {
    const t = tekst.trim();
    const quotient = /^([+-]?\d+)\s*\/\s*(\d+)$/.exec(t);
    if (quotient) {
      const noemer = BigInt(quotient[2]);
      if (noemer === 0n) {
        throw new RangeError(`Ongeldig getal "${tekst}": noemer 0`);
      }
      return new Breuk(BigInt(quotient[1]), noemer, false);
    }
    const decimaal = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(t);
    if (!decimaal || (decimaal[2] === '' && (decimaal[3] ?? '') === '')) {
      throw new RangeError(`Ongeldig getal "${tekst}"`);
    }
    const [, teken, geheel, fractie = '', exponentTekst] = decimaal;
    let teller = BigInt((geheel || '0') + fractie);
    let noemer = 10n ** BigInt(fractie.length);
    const exponent = exponentTekst === undefined ? 0 : Number(exponentTekst);
    if (Math.abs(exponent) > 10_000) {
      throw new RangeError(`Ongeldig getal "${tekst}": exponent te groot`);
    }
    if (exponent > 0) {
      teller *= 10n ** BigInt(exponent);
    } else if (exponent < 0) {
      noemer *= 10n ** BigInt(-exponent);
    }
    return new Breuk(teken === '-' ? -teller : teller, noemer, false);
  }

  plus(ander: Breuk): Breuk {
    if (this.noemer === ander.noemer) {
      return new Breuk(this.teller + ander.teller, this.noemer, this.noemer === 1n);
    }
    return new Breuk(this.teller * ander.noemer + ander.teller * this.noemer, this.noemer * ander.noemer, false);
  }

  min(ander: Breuk): Breuk {
    return this.plus(ander.negatief());
  }

  maal(ander: Breuk | bigint): Breuk {
    if (typeof ander === 'bigint') {
      return new Breuk(this.teller * ander, this.noemer, this.noemer === 1n);
    }
    return new Breuk(this.teller * ander.teller, this.noemer * ander.noemer, false);
  }

  gedeeldDoor(ander: Breuk | bigint): Breuk {
    if (typeof ander === 'bigint') {
      return new Breuk(this.teller, this.noemer * ander, false);
    }
    return new Breuk(this.teller * ander.noemer, this.noemer * ander.teller, false);
  }

  negatief(): Breuk {
    return new Breuk(-this.teller, this.noemer, true);
  }

  /** -1, 0 or 1; by cross multiplication, so no reduction is needed. */
  vergelijk(ander: Breuk): number {
    const links = this.teller * ander.noemer;
    const rechts = ander.teller * this.noemer;
    return links < rechts ? -1 : links > rechts ? 1 : 0;
  }

  isGelijk(ander: Breuk): boolean {
    return this.teller === ander.teller && this.noemer === ander.noemer;
  }

  kleinerDan(ander: Breuk): boolean {
    return this.vergelijk(ander) < 0;
  }

  kleinerOfGelijk(ander: Breuk): boolean {
    return this.vergelijk(ander) <= 0;
  }

  isNul(): boolean {
    return this.teller === 0n;
  }

  isNegatief(): boolean {
    return this.teller < 0n;
  }

  isGeheel(): boolean {
    return this.noemer === 1n;
  }

  /** Largest integer ≤ this value. */
  naarBeneden(): bigint {
    const q = this.teller / this.noemer;
    return this.teller < 0n && q * this.noemer !== this.teller ? q - 1n : q;
  }

  /** Approximation for display and estimates only; never used in a decision. */
  benadering(): number {
    return naarDouble(this.teller, this.noemer);
  }

  /**
   * Exact text: an integer (`88700`), a finite decimal (`363734.88`) or otherwise `p/q`
   * (`42703/21`). This is the format of expected.json and of the CLI output.
   */
  toString(): string {
    if (this.noemer === 1n) {
      return this.teller.toString();
    }
    const decimalen = decimaleLengte(this.noemer);
    if (decimalen === null) {
      return `${this.teller.toString()}/${this.noemer.toString()}`;
    }
    const schaal = 10n ** BigInt(decimalen);
    const absoluut = (this.teller < 0n ? -this.teller : this.teller) * (schaal / this.noemer);
    const cijfers = absoluut.toString().padStart(decimalen + 1, '0');
    const teken = this.teller < 0n ? '-' : '';
    return `${teken}${cijfers.slice(0, -decimalen)}.${cijfers.slice(-decimalen)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

/** Greatest common divisor of |a| and |b| (ggd = grootste gemene deler); ggd(0, 0) = 0. */
export function ggd(a: bigint, b: bigint): bigint {
  if (a < 0n) {
    a = -a;
  }
  if (b < 0n) {
    b = -b;
  }
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

/** Least common multiple (kgv = kleinste gemene veelvoud) of two positive integers. */
export function kgv(a: bigint, b: bigint): bigint {
  return (a / ggd(a, b)) * b;
}

const GROOT = 1n << 1000n;

/**
 * teller/noemer as the nearest double (relative error below 2^-50). Number(bigint) rounds to
 * nearest, so one division adds one more rounding; very long numbers are shifted first to stay
 * inside the double range.
 */
export function naarDouble(teller: bigint, noemer: bigint): number {
  const absT = teller < 0n ? -teller : teller;
  if (absT < GROOT && noemer < GROOT) {
    return Number(teller) / Number(noemer);
  }
  const verschuiving = BigInt(Math.max(bitLengte(absT), bitLengte(noemer)) - 900);
  return Number(teller >> verschuiving) / Number(noemer >> verschuiving);
}

function bitLengte(x: bigint): number {
  return x === 0n ? 0 : x.toString(16).length * 4;
}

function naarBigInt(waarde: bigint | number): bigint {
  if (typeof waarde === 'bigint') {
    return waarde;
  }
  if (!Number.isSafeInteger(waarde)) {
    throw new RangeError(`Geen veilig geheel getal: ${waarde}`);
  }
  return BigInt(waarde);
}

/** Number of decimals if noemer = 2^a·5^b (the value is a finite decimal), else null. */
function decimaleLengte(noemer: bigint): number | null {
  let tweeën = 0;
  let vijven = 0;
  let rest = noemer;
  while (rest % 2n === 0n) {
    rest /= 2n;
    tweeën++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    vijven++;
  }
  return rest === 1n ? Math.max(tweeën, vijven) : null;
}
