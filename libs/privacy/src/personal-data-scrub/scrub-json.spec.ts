import { randomBytes } from 'node:crypto';
import { personIds } from '../domain/person-ids';
import { scrubJson } from './scrub-json';

const ids = personIds(randomBytes(32));
const tenant = 'kota-dumai';
const NIP = '197805122005011003';

describe('scrubbing a read model’s JSON column', () => {
  it('erases the name and NIP of the erased signatory, keeping the position', () => {
    const party = { position: 'Kepala Badan', name: 'Drs. Fulan bin Fulan, M.Si.', nip: NIP };
    expect(scrubJson(party, tenant, ids.ofNip(tenant, NIP), ids)).toEqual({
      position: 'Kepala Badan',
      name: '[dihapus]',
      nip: '[dihapus]',
    });
  });

  it('erases an actor’s name wherever it is nested, and only theirs', () => {
    const state = {
      submission: { submittedBy: { account: 'acc-1', name: 'Siti Aminah', post: 'kasubbag', acting: false } },
      approvals: [
        { step: 0, by: { account: 'acc-2', name: 'Budi Santoso', post: 'sekretaris', acting: true } },
      ],
    };
    expect(scrubJson(state, tenant, 'acc-2', ids)).toEqual({
      submission: state.submission,
      approvals: [{ step: 0, by: { account: 'acc-2', name: '[dihapus]', post: 'sekretaris', acting: true } }],
    });
  });

  it('returns the very same value when the person is not in it', () => {
    const party = { position: 'Wali Kota Dumai', name: null, nip: null };
    expect(scrubJson(party, tenant, 'acc-9', ids)).toBe(party);
  });
});
