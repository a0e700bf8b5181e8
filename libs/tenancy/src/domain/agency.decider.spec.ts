import { deciderSpec, specMetadata } from '@jejak/testing';
import { CreateAgencyCommand } from '../create-agency/create-agency.command';
import { CreateUnitCommand } from '../create-unit/create-unit.command';
import { agencyDecider, assertAgencyExists, initialState } from './agency.decider';
import { AgencyAlreadyExists, UnitAlreadyExists, UnknownAgency, UnknownUnit } from './tenancy.errors';
import { AgencyCreated, UnitCreated } from './tenancy.events';

// BKPSDM of Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json).
const bkpsdm = {
  tenantId: 'kota-dumai',
  agencyId: 'bkpsdm',
  name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  shortName: 'BKPSDM',
};
const createBkpsdm = new CreateAgencyCommand(bkpsdm, specMetadata());
const bkpsdmCreated: AgencyCreated = { type: 'AgencyCreated', data: bkpsdm };
const spec = deciderSpec(agencyDecider);

describe('an agency that does not exist yet', () => {
  it('is created under its tenant', () => {
    spec.given([]).when(createBkpsdm).then([bkpsdmCreated]);
  });

  it('may have no short name', () => {
    const data = { ...bkpsdm, shortName: null };
    spec
      .given([])
      .when(new CreateAgencyCommand(data, specMetadata()))
      .then([{ type: 'AgencyCreated', data }]);
  });
});

describe('an existing agency', () => {
  it('refuses a second creation with the same code', () => {
    spec.given([bkpsdmCreated]).when(createBkpsdm).thenThrows(AgencyAlreadyExists, 'TENANCY.AGENCY_EXISTS');
  });
});

// BKPSDM Kota Dumai's units (fixtures/kota-dumai-bkpsdm-2024.json, agency.units).
const unit = (unitId: string, name: string, parentUnitId: string | null = null) => ({
  tenantId: 'kota-dumai',
  agencyId: 'bkpsdm',
  unitId,
  name,
  parentUnitId,
});
const sekretariat = unit('sekretariat', 'Sekretariat');
const tataUsaha = unit('subbag-tata-usaha', 'Subbagian Tata Usaha', 'sekretariat');
const createUnit = (data: ReturnType<typeof unit>) => new CreateUnitCommand(data, specMetadata());
const unitCreated = (data: ReturnType<typeof unit>): UnitCreated => ({ type: 'UnitCreated', data });

describe('a unit of an agency', () => {
  it('is created directly under the head of agency when it has no parent', () => {
    spec
      .given([bkpsdmCreated])
      .when(createUnit(sekretariat))
      .then([unitCreated(sekretariat)]);
  });

  it('is created under a parent unit created before it', () => {
    spec
      .given([bkpsdmCreated, unitCreated(sekretariat)])
      .when(createUnit(tataUsaha))
      .then([unitCreated(tataUsaha)]);
  });

  it('refuses a parent that is not a unit of the agency, naming the field', () => {
    spec.given([bkpsdmCreated]).when(createUnit(tataUsaha)).thenThrows(UnknownUnit, 'TENANCY.UNKNOWN_UNIT');
    expect(new UnknownUnit('bkpsdm', 'sekretariat', 'parent').fields).toEqual(['parent']);
  });

  it('refuses to be its own parent', () => {
    const own = unit('sekretariat', 'Sekretariat', 'sekretariat');
    spec.given([bkpsdmCreated]).when(createUnit(own)).thenThrows(UnknownUnit, 'TENANCY.UNKNOWN_UNIT');
  });

  it('records nothing when created again exactly as it exists (a re-imported document)', () => {
    spec
      .given([bkpsdmCreated, unitCreated(sekretariat)])
      .when(createUnit(sekretariat))
      .thenNothing();
  });

  it('refuses its code taken by a unit named or placed otherwise', () => {
    const given = [bkpsdmCreated, unitCreated(sekretariat), unitCreated(tataUsaha)];
    const renamed = unit('sekretariat', 'Sekretariat Badan');
    const moved = unit('subbag-tata-usaha', 'Subbagian Tata Usaha', null);
    spec.given(given).when(createUnit(renamed)).thenThrows(UnitAlreadyExists, 'TENANCY.UNIT_EXISTS');
    spec.given(given).when(createUnit(moved)).thenThrows(UnitAlreadyExists, 'TENANCY.UNIT_EXISTS');
  });

  it('takes any slug as its code, "constructor" too', () => {
    const odd = unit('constructor', 'Unit');
    spec
      .given([bkpsdmCreated])
      .when(createUnit(odd))
      .then([unitCreated(odd)]);
  });

  it('needs its agency: 404 when the agency does not exist', () => {
    spec.given([]).when(createUnit(sekretariat)).thenThrows(UnknownAgency, 'TENANCY.UNKNOWN_AGENCY');
    expect(new UnknownAgency('kota-dumai', 'bkpsdm').status).toBe(404);
  });
});

describe('an agency referred to from a request body', () => {
  it('is refused as a 422 naming the field, not a 404', () => {
    expect(() => assertAgencyExists(initialState(), 'kota-dumai', 'bkpsdm', 'agency')).toThrow(UnknownAgency);
    const error = new UnknownAgency('kota-dumai', 'bkpsdm', 'agency');
    expect([error.status, error.fields]).toEqual([422, ['agency']]);
  });
});
