/** One projector's distance from the head of the log. */
export interface ProjectorLag {
  readonly projector: string;
  /** Where it stands: a position rendered as a string, or its parts (JSON has no bigint). */
  readonly checkpoint: string | Readonly<Record<string, string>>;
  /** Events in the log after the checkpoint (possibly capped). */
  readonly lag: number;
}

/** What `/health` reads the projectors' lag from, when the application provides it. */
export interface ProjectionLagSource {
  lag(): Promise<readonly ProjectorLag[]>;
}

/** Provide a {@link ProjectionLagSource} under this token (e.g. `useExisting: ProjectionLagService`). */
export const PROJECTION_LAG = Symbol('PROJECTION_LAG');
