import { GENESIS_HASH, eventHash } from './hash.ts';
import type { BrokenLink, RecordedEvent, VerifyReport } from './types.ts';

type ReadPage = (fromRevision: number, limit: number) => Promise<RecordedEvent[]>;

const firstBreak = (stream: string, event: RecordedEvent, expected: { revision: number; prevHash: string; position: number }): BrokenLink | undefined => {
  const at = (reason: BrokenLink['reason']): BrokenLink => ({ stream, revision: expected.revision, reason });
  if (event.stream !== stream) return at('wrong-stream');
  if (event.revision !== expected.revision) return at('revision-gap');
  if (event.position <= expected.position) return at('position-order');
  if (event.prevHash !== expected.prevHash) return at('prev-hash-mismatch');
  if (eventHash(event) !== event.hash) return at('hash-mismatch');
  return undefined;
};

/** Walks a stream page by page, recomputing every hash and link; reports the first broken link. */
export const verifyStream = async (stream: string, readPage: ReadPage, pageSize = 500): Promise<VerifyReport> => {
  const expected = { revision: 0, prevHash: GENESIS_HASH, position: 0 };
  for (;;) {
    const page = await readPage(expected.revision, pageSize);
    for (const event of page) {
      const broken = firstBreak(stream, event, expected);
      if (broken) return { stream, ok: false, checked: expected.revision, broken };
      expected.revision += 1;
      expected.prevHash = event.hash;
      expected.position = event.position;
    }
    if (page.length < pageSize) return { stream, ok: true, checked: expected.revision };
  }
};
