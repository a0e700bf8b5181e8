import { deciderSpec, specMetadata } from '@jejak/testing';
import { ErasePersonalData, privacyDecider } from './privacy.decider';
import { ErasureReasonRequired } from './privacy.errors';
import { PersonalDataErased } from './privacy.events';

const spec = deciderSpec(privacyDecider);
const person = 'b0f7c1de-0000-8000-8000-000000000001';
const reason = 'Permohonan subjek data (UU 27/2022 Pasal 8)';
const erase = (data: Partial<ErasePersonalData['data']> = {}): ErasePersonalData => ({
  type: 'ErasePersonalData',
  data: { person, reason, ...data },
  metadata: specMetadata(),
});
const erased: PersonalDataErased = { type: 'PersonalDataErased', data: { person, reason } };

describe('erasing a person’s personal data', () => {
  it('records the erasure with its reason, and no personal data', () => {
    spec.given([]).when(erase()).then([erased]);
  });

  it('records nothing the second time', () => {
    spec
      .given([erased])
      .when(erase({ reason: 'lagi' }))
      .thenNothing();
  });

  it('refuses an erasure without a reason', () => {
    spec
      .given([])
      .when(erase({ reason: '  ' }))
      .thenThrows(ErasureReasonRequired, 'PRIVACY.REASON_REQUIRED');
  });

  it('erases another person independently', () => {
    const other = 'b0f7c1de-0000-8000-8000-000000000002';
    spec
      .given([erased])
      .when(erase({ person: other }))
      .then([{ type: 'PersonalDataErased', data: { person: other, reason } }]);
  });
});
