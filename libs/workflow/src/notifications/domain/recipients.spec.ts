import { AccountHoldings, holdersOn } from './recipients';

// DOMAIN.md: posts, not people; a Plt. holds a post's authority for a period, and one person may
// hold two posts. Here a Kepala Sub Bagian is Plt. Kepala Bidang Mutasi in April 2024.
const kabid: AccountHoldings = {
  id: 'a-kabid',
  email: 'kabid@dumaikota.go.id',
  posts: [{ post: 'kabid-mutasi', to: '2024-03-31' }],
};
const plt: AccountHoldings = {
  id: 'a-plt',
  email: 'plt@dumaikota.go.id',
  posts: [
    { post: 'kasubbag-umum' },
    { post: 'kabid-mutasi', acting: true, from: '2024-04-01', to: '2024-04-30' },
  ],
};
const sekretaris: AccountHoldings = {
  id: 'a-sek',
  email: 'sek@dumaikota.go.id',
  posts: [{ post: 'sekretaris-bkpsdm' }],
};
const accounts = [sekretaris, plt, kabid];

describe('the recipients of a notification about a post', () => {
  it('are its holders on the day, the acting ones within their appointment', () => {
    expect(holdersOn(accounts, ['kabid-mutasi'], '2024-04-08').map((a) => a.id)).toEqual(['a-plt']);
    expect(holdersOn(accounts, ['kabid-mutasi'], '2024-03-29').map((a) => a.id)).toEqual(['a-kabid']);
    expect(holdersOn(accounts, ['kabid-mutasi'], '2024-05-02')).toEqual([]);
  });

  it('count a person holding two of the posts once', () => {
    expect(
      holdersOn(accounts, ['kasubbag-umum', 'kabid-mutasi', 'sekretaris-bkpsdm'], '2024-04-08').map(
        (a) => a.id,
      ),
    ).toEqual(['a-plt', 'a-sek']);
  });
});
