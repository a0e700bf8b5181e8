import { Command, CommandMetadata, Decider, DomainError, DomainEvent } from '@jejak/eventstore';

/**
 * Given events / when command / then events (or error), after Emmett's DeciderSpecification:
 *
 *   const spec = deciderSpec(tenantDecider);
 *   spec.given([]).when(create).then([{ type: 'TenantCreated', data }]);
 *   spec.given([created]).when(create).thenThrows(TenantAlreadyExists, 'TENANCY.TENANT_EXISTS');
 */
export function deciderSpec<S, C extends Command, E extends DomainEvent>(decider: Decider<S, C, E>) {
  return {
    given(events: readonly E[]) {
      return {
        when(command: C) {
          const run = (): readonly E[] =>
            decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
          return {
            then(expected: readonly E[]): void {
              expect(run()).toEqual(expected);
            },
            thenNothing(): void {
              expect(run()).toEqual([]);
            },
            thenThrows(errorClass: abstract new (...args: never[]) => Error, code?: string): void {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorClass);
              if (code !== undefined) expect((thrown as DomainError).code).toBe(code);
            },
          };
        },
      };
    },
  };
}

/** Command metadata for specs: a fixed clock and command id, overridable. */
export function specMetadata(overrides: Partial<CommandMetadata> = {}): CommandMetadata {
  return {
    tenantId: 'kota-dumai',
    now: new Date('2024-01-08T02:00:00.000Z'),
    commandId: '00000000-0000-4000-8000-000000000001',
    source: 'api',
    actor: { account: 'platform-admin' },
    ...overrides,
  };
}
