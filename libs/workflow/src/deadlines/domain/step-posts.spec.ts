import { DirectoryPost, superiorPosts } from './step-posts';

const post = (code: string, superior: string | null): DirectoryPost => ({
  post: code,
  agency: 'bkpsdm',
  unit: null,
  role: 'head-of-unit',
  superior,
});
// Two Kepala Sub Bagian of the Sekretariat (fixtures: Tata Usaha; Perencanaan, Keuangan dan Aset).
const directory = [
  post('kasubbag-tata-usaha', 'sekretaris-bkpsdm'),
  post('kasubbag-perencanaan', 'sekretaris-bkpsdm'),
  post('sekretaris-bkpsdm', 'kepala-bkpsdm'),
  post('kepala-bkpsdm', null),
];

describe('the superior posts of a step', () => {
  it('name each superior once, whatever number of the step’s posts answer to it', () => {
    expect(superiorPosts(['kasubbag-tata-usaha', 'kasubbag-perencanaan'], directory)).toEqual([
      'sekretaris-bkpsdm',
    ]);
  });

  it('leave out a superior that is itself on the step', () => {
    expect(superiorPosts(['kasubbag-tata-usaha', 'sekretaris-bkpsdm'], directory)).toEqual(['kepala-bkpsdm']);
  });

  it('are none at the top, or for a post the directory does not know', () => {
    expect(superiorPosts(['kepala-bkpsdm'], directory)).toEqual([]);
    expect(superiorPosts(['unknown'], directory)).toEqual([]);
  });
});
