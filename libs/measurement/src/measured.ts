import { Decimal } from './decimal';

/**
 * A computed number: the unrounded value (what later computations use), the rounded text (what
 * is printed and banded), and the conventions version that produced it (null when the caller
 * passed unversioned conventions). A null value means "cannot be computed", never zero.
 */
export interface Measured {
  readonly value: Decimal | null;
  readonly rounded: string | null;
  readonly conventionsVersion: number | null;
}

export interface BandedMeasured extends Measured {
  readonly band: string | null;
}
