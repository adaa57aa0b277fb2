// Configuration for the MikroORM CLI (`MIKRO_ORM_CLI_CONFIG=./mikro-orm.config.ts`), used to
// generate migrations against a running database given by DATABASE_URL.
import { ormConfig } from './src/db/orm-config.ts';

export default ormConfig(process.env.DATABASE_URL ?? 'postgres://postgres:slotkit@127.0.0.1:5432/slotkit');
