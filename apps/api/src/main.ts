import { loadConfig } from '@jejak/config';
import { Logger } from '@nestjs/common';
import { createApp } from './create-app';
import { loadDemo } from './demo';

/** `npm run start:api`: the platform administrator is made at start-up (IdentityModule) if missing. */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  // The demo tenants (JEJAK_DEMO, on by default): a failure to load them must not stop the API.
  if (config.demo) await loadDemo(app, config).catch((error) => new Logger('Demo').error(error));
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
