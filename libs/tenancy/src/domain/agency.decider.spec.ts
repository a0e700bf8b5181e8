import { deciderSpec, specMetadata } from '@jejak/testing';
import { CreateAgencyCommand } from '../create-agency/create-agency.command';
import { agencyDecider } from './agency.decider';
import { AgencyAlreadyExists } from './tenancy.errors';
import { AgencyCreated } from './tenancy.events';

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
