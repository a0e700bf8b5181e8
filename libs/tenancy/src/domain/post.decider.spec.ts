import { deciderSpec, specMetadata } from '@jejak/testing';
import { CreatePostCommand } from '../create-post/create-post.command';
import { AgencyState, agencyDecider } from './agency.decider';
import { CreatePostData, PostState, assertPlacement, holdingOf, postDecider } from './post.decider';
import {
  HoldingEndsBeforeStart,
  PostAlreadyExists,
  UnitRequired,
  UnknownAgency,
  UnknownPost,
  UnknownUnit,
} from './tenancy.errors';
import { AgencyCreated, PostCreated, UnitCreated } from './tenancy.events';

// Posts of BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json: agency, head, units).
const post = (postId: string, title: string, more: Partial<CreatePostData> = {}): CreatePostData => ({
  tenantId: 'kota-dumai',
  postId,
  title,
  agencyId: 'bkpsdm',
  unitId: null,
  role: 'head-of-agency',
  superiorPostId: null,
  ...more,
});
const kepalaBadan = post('kepala-badan', 'Kepala Badan');
const kabidMutasi = post('kabid-mutasi', 'Kepala Bidang Mutasi dan Kepangkatan', {
  unitId: 'bidang-mutasi-kepangkatan',
  role: 'head-of-unit',
  superiorPostId: 'kepala-badan',
});
const create = (data: CreatePostData) => new CreatePostCommand(data, specMetadata());
const created = (data: CreatePostData): PostCreated => ({ type: 'PostCreated', data });
const spec = deciderSpec(postDecider);

describe('a post (jabatan)', () => {
  it('is defined with its title, agency, unit, role and superior', () => {
    spec
      .given([])
      .when(create(kabidMutasi))
      .then([created(kabidMutasi)]);
  });

  it('may sit directly under the agency, with no superior post on the platform', () => {
    spec
      .given([])
      .when(create(kepalaBadan))
      .then([created(kepalaBadan)]);
  });

  it('records nothing when defined again exactly as it is (a re-imported document)', () => {
    spec
      .given([created(kepalaBadan)])
      .when(create(kepalaBadan))
      .thenNothing();
  });

  it('refuses its code taken by a post defined otherwise', () => {
    const renamed = { ...kepalaBadan, title: 'Plt. Kepala Badan' };
    spec
      .given([created(kepalaBadan)])
      .when(create(renamed))
      .thenThrows(PostAlreadyExists, 'TENANCY.POST_EXISTS');
  });

  it.each(['head-of-unit', 'staff'] as const)(
    'of role %s needs a unit, where its authority stops',
    (role) => {
      const unitless = post('staf', 'Pengelola Data Kepegawaian', { role });
      spec.given([]).when(create(unitless)).thenThrows(UnitRequired, 'TENANCY.UNIT_REQUIRED');
    },
  );
});

describe('where a post sits', () => {
  const agencyCreated: AgencyCreated = {
    type: 'AgencyCreated',
    data: { tenantId: 'kota-dumai', agencyId: 'bkpsdm', name: 'BKPSDM', shortName: null },
  };
  const mutasi: UnitCreated = {
    type: 'UnitCreated',
    data: {
      tenantId: 'kota-dumai',
      agencyId: 'bkpsdm',
      unitId: 'bidang-mutasi-kepangkatan',
      name: 'Bidang Mutasi dan Kepangkatan',
      parentUnitId: null,
    },
  };
  const agency = (...events: (AgencyCreated | UnitCreated)[]): AgencyState =>
    events.reduce(agencyDecider.evolve, agencyDecider.initialState());
  const superior = [created(kepalaBadan)].reduce(postDecider.evolve, postDecider.initialState());

  it('is a unit of its agency under a superior post that exists', () => {
    expect(() => assertPlacement(kabidMutasi, agency(agencyCreated, mutasi), superior)).not.toThrow();
  });

  it('refuses an agency the tenant does not have: 422 naming the field', () => {
    expect(() => assertPlacement(kepalaBadan, agency(), null)).toThrow(UnknownAgency);
  });

  it('refuses a unit of no such name in the agency', () => {
    expect(() => assertPlacement(kabidMutasi, agency(agencyCreated), superior)).toThrow(UnknownUnit);
  });

  it('refuses a superior post that does not exist (nor the post itself, not yet defined)', () => {
    const absent: PostState = { status: 'absent' };
    expect(() => assertPlacement(kabidMutasi, agency(agencyCreated, mutasi), absent)).toThrow(UnknownPost);
  });
});

describe('a post held by an account', () => {
  const kabid = [created(kabidMutasi)].reduce(postDecider.evolve, postDecider.initialState());

  it("carries the post's agency, unit and role from its definition", () => {
    expect(holdingOf(kabid, { post: 'kabid-mutasi' })).toEqual({
      post: 'kabid-mutasi',
      agency: 'bkpsdm',
      unit: 'bidang-mutasi-kepangkatan',
      role: 'head-of-unit',
    });
  });

  it('may be an acting appointment (Plt.) with its dates', () => {
    const plt = { post: 'kabid-mutasi', acting: true, from: '2024-04-01', to: '2024-04-30' };
    expect(holdingOf(kabid, plt)).toMatchObject({ acting: true, from: '2024-04-01', to: '2024-04-30' });
  });

  it('refuses a post the tenant does not have, naming its place in the request', () => {
    const error = (() => {
      try {
        holdingOf({ status: 'absent' }, { post: 'walikota' }, 'posts[1]');
      } catch (thrown) {
        return thrown as UnknownPost;
      }
    })();
    expect(error).toBeInstanceOf(UnknownPost);
    expect([error?.status, error?.code, error?.fields]).toEqual([
      422,
      'TENANCY.UNKNOWN_POST',
      ['posts[1].post'],
    ]);
  });

  it('refuses a holding that ends before it starts', () => {
    const backwards = { post: 'kabid-mutasi', from: '2024-04-30', to: '2024-04-01' };
    expect(() => holdingOf(kabid, backwards, 'posts[0]')).toThrow(HoldingEndsBeforeStart);
  });
});
