import { READER_OP_NAMES, type ReaderOpName } from '../../../shared/contract/index.ts';
import type { Handler, HandlerTable } from './types.ts';

/**
 * The heavy reads (`runsOn: 'reader'` in the contract: the audit log, a customer's history, the print
 * job history): dispatch has checked the caller and the input on the core's thread; the read itself
 * runs in a reader worker on a read-only connection (`../readers/`), and dispatch checks its output.
 */
function inReader<K extends ReaderOpName>(name: K): Handler<K> {
  return (input, { core, actor }) => core.readers.run(name, input, { actor, now: core.clock.now() }) as ReturnType<Handler<K>>;
}

export const readerHandlers = Object.fromEntries(READER_OP_NAMES.map((name) => [name, inReader(name)])) as HandlerTable<ReaderOpName>;
