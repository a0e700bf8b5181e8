import { deciderSpec, specMetadata } from '@jejak/testing';
import { CreateTenantCommand } from '../create-tenant/create-tenant.command';
import { TenantAlreadyExists, UnknownTenant } from './tenancy.errors';
import { TenantCreated } from './tenancy.events';
import { assertTenantExists, initialState, tenantDecider } from './tenant.decider';

// Kota Dumai, Riau: the tenant of the 2024 fixture (fixtures/kota-dumai-bkpsdm-2024.json).
const dumai = {
  tenantId: 'kota-dumai',
  name: 'Pemerintah Kota Dumai',
  kind: 'kota',
  province: 'Riau',
} as const;
const createDumai = new CreateTenantCommand(dumai, specMetadata());
const dumaiCreated: TenantCreated = { type: 'TenantCreated', data: dumai };
const spec = deciderSpec(tenantDecider);

describe('a tenant that does not exist yet', () => {
  it('is created with its name, kind and province', () => {
    spec.given([]).when(createDumai).then([dumaiCreated]);
  });

  it('may have no province', () => {
    const data = { ...dumai, province: null };
    spec
      .given([])
      .when(new CreateTenantCommand(data, specMetadata()))
      .then([{ type: 'TenantCreated', data }]);
  });

  it('is refused as the tenant of an agency', () => {
    expect(() => assertTenantExists(initialState(), 'kota-dumai')).toThrow(UnknownTenant);
  });
});

describe('an existing tenant', () => {
  it('refuses a second creation', () => {
    spec.given([dumaiCreated]).when(createDumai).thenThrows(TenantAlreadyExists, 'TENANCY.TENANT_EXISTS');
  });

  it('can own agencies', () => {
    const state = [dumaiCreated].reduce(tenantDecider.evolve, initialState());
    expect(() => assertTenantExists(state, 'kota-dumai')).not.toThrow();
  });
});

describe('the unknown tenant refusal', () => {
  it('is a 404 with a stable code naming the tenant', () => {
    const error = new UnknownTenant('kota-dumai');
    expect([error.status, error.code, error.fields]).toEqual([404, 'TENANCY.UNKNOWN_TENANT', ['tenant']]);
  });
});
