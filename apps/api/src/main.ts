import { loadConfig } from '@jejak/config';
import { createApp } from './create-app';

/** `npm run start:api`: the platform administrator is made at start-up (IdentityModule) if missing. */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
