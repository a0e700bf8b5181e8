// Gives the application role its password (APP_DATABASE_PASSWORD) once the migrations have
// created it. The migrations create the role without one: a password is the deployment's secret,
// not the schema's. Runs as the owner (DATABASE_URL); safe to run on every deployment.
const { Client } = require('pg');

async function main() {
  const password = process.env.APP_DATABASE_PASSWORD;
  const role = process.env.APP_DATABASE_ROLE || 'jejak_app';
  if (!password) {
    console.log(`APP_DATABASE_PASSWORD is not set: role ${role} keeps the password it has`);
    return;
  }
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `ALTER ROLE ${client.escapeIdentifier(role)} PASSWORD ${client.escapeLiteral(password)}`,
    );
    console.log(`password set for role ${role}`);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(`setting the application role's password failed: ${error.message}`);
  process.exit(1);
});
