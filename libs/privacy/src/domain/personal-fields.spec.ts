import { randomBytes } from 'node:crypto';
import { personIds } from './person-ids';
import { PERSONAL_DATA, PERSONAL_FIELDS_OF, PERSONAL_METADATA, personalSlots } from './personal-fields';

const ids = personIds(randomBytes(32));
const tenant = 'kota-dumai';
const NIP = '197805122005011003';
const firstParty = {
  position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Dumai',
  name: 'Drs. Fulan bin Fulan, M.Si.',
  nip: NIP,
};
const secondParty = { position: 'Wali Kota Dumai', name: null, nip: null };
const metadata = {
  tenantId: tenant,
  schemaVersion: 1,
  source: 'api',
  actor: { account: 'acc-1', name: 'Siti Aminah' },
};

describe('the personal data in events', () => {
  it('is this list, and nothing else', () => {
    expect(PERSONAL_FIELDS_OF).toEqual({
      party: ['name', 'nip'],
      actor: ['name'],
      account: ['displayName', 'email'],
    });
    expect(PERSONAL_METADATA).toEqual([{ at: 'actor', kind: 'actor' }]);
    expect(
      Object.fromEntries(
        Object.entries(PERSONAL_DATA).map(([type, objects]) => [
          type,
          objects.map((o) => `${o.at}:${o.kind}`),
        ]),
      ),
    ).toEqual({
      AgreementDrafted: ['firstParty:party', 'secondParty:party'],
      AgreementSigned: ['firstParty:party', 'secondParty:party'],
      AccountCreated: [':account'],
      SubmissionOpened: ['submittedBy:actor'],
      StepApproved: ['by:actor'],
      SubmissionReturned: ['by:actor'],
      SubmissionResubmitted: ['by:actor'],
      SubmissionRejected: ['by:actor'],
      SubmissionWithdrawn: ['by:actor'],
    });
  });

  it('finds a signatory’s name and NIP, under the person of the NIP, and the actor’s name under their account', () => {
    const event = {
      type: 'AgreementSigned',
      data: { signedOn: '2024-01-08', firstParty, secondParty },
      metadata,
    };
    const slots = personalSlots(event, tenant, ids).map(({ field, person }) => [field, person]);
    expect(slots).toEqual([
      ['name', ids.ofNip(tenant, NIP)],
      ['nip', ids.ofNip(tenant, NIP)],
      ['name', 'acc-1'],
    ]);
  });

  it('finds an account’s email and display name under the account', () => {
    const data = {
      accountId: 'acc-2',
      email: 'siti@kota-dumai.go.id',
      displayName: 'Siti Aminah',
      posts: [],
    };
    const slots = personalSlots({ type: 'AccountCreated', data, metadata: {} }, tenant, ids);
    expect(slots.map(({ field, person }) => [field, person])).toEqual([
      ['displayName', 'acc-2'],
      ['email', 'acc-2'],
    ]);
  });

  it('leaves positions, codes and numbers alone, and values already erased or empty', () => {
    const erased = { position: 'Kepala Badan', name: '[dihapus]', nip: '[dihapus]' };
    const event = {
      type: 'AgreementDrafted',
      data: { firstParty: erased, secondParty, targets: [] },
      metadata: {},
    };
    expect(personalSlots(event, tenant, ids)).toEqual([]);
    expect(
      personalSlots({ type: 'RealizationReported', data: { value: '85.8' }, metadata: {} }, tenant, ids),
    ).toEqual([]);
  });
});

describe('the person of a party', () => {
  it('is derived from tenant and NIP, spaces ignored, and is no plain hash of the NIP', () => {
    expect(ids.ofNip(tenant, '19780512 200501 1 003')).toBe(ids.ofNip(tenant, NIP));
    expect(ids.ofNip('kota-bontang', NIP)).not.toBe(ids.ofNip(tenant, NIP));
    // Another master key, another id: the id in the log cannot be recomputed from a guessed NIP.
    expect(personIds(randomBytes(32)).ofNip(tenant, NIP)).not.toBe(ids.ofNip(tenant, NIP));
  });

  it('falls back on the name when the party has no NIP, and is nobody without either', () => {
    expect(ids.ofParty(tenant, { name: 'Drs.  Fulan ' })).toBe(ids.ofParty(tenant, { name: 'drs. fulan' }));
    expect(ids.ofParty(tenant, { name: null, nip: null })).toBeNull();
  });
});
