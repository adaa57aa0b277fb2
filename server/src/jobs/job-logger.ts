import { Logger as GraphileLogger } from 'graphile-worker';
import type { Logger } from '../logger.ts';

/** graphile-worker's log lines through our JSON logger (its debug chatter dropped). */
export function jobLogger(logger: Logger): GraphileLogger {
  return new GraphileLogger(() => (level, message, meta) => {
    if (level === 'error') logger.error(message, { scope: 'jobs', ...meta });
    else if (level === 'warning') logger.warn(message, { scope: 'jobs', ...meta });
    else if (level === 'info') logger.info(message, { scope: 'jobs' });
  });
}

/** A graphile-worker logger that says nothing (migrations run at every start). */
export const quietLogger = new GraphileLogger(() => () => {});
