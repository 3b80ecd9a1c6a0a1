import type { OpName, OpOutput, OpParsedInput } from '../../../shared/contract/index.ts';
import type { CallContext } from '../context.ts';

export type Handler<K extends OpName> = (
  input: OpParsedInput<K>,
  ctx: CallContext & { token: string | null },
) => OpOutput<K> | Promise<OpOutput<K>>;

export type HandlerTable<K extends OpName> = { [P in K]: Handler<P> };
