import type { TestProject } from 'vitest/node';
import { provideTestDatabase } from '../../server/test/global-setup.ts';

/** The server's test database setup, in a data directory of the sdk project's own. */
export default function setup(project: TestProject) {
  return provideTestDatabase(project, 'sdk');
}
