// Jest's global hooks run outside its module mapper, so the aliases cannot resolve here.
// eslint-disable-next-line no-restricted-imports
import { dropDatabase } from '../../libs/database/src/migrations';

export default async function globalTeardown(): Promise<void> {
  if (process.env.KEEP_TEST_DATABASE === '1' || !process.env.DATABASE_URL) return;
  await dropDatabase(process.env.DATABASE_URL);
}
