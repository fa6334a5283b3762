/**
 * Entry of the sqlite writer thread (see writer.ts): its own connection on the file. The requests that arrived
 * while it was committing are written together, in one transaction, then answered in order, in one message.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openWriter } from './writer-core.mjs';

/** requests taken into one transaction at most */
const MAX_GROUP = 64;

const { path, synchronous } = workerData;
const db = new Database(path);
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${synchronous}`);
db.pragma('busy_timeout = 5000');
const writer = openWriter(db);
let closing = false;

const handle = (message) => {
  if (message.type === 'write') writer.write(message.seq, message.batch);
  else if (message.type === 'lock') writer.lock(message.seq, message.epoch);
  else if (message.type === 'release') writer.release();
  else if (message.type === 'close') closing = true;
};

parentPort.on('message', (first) => {
  handle(first);
  for (let n = 1; n < MAX_GROUP && !closing; n++) {
    const next = receiveMessageOnPort(parentPort);
    if (next === undefined) break;
    handle(next.message);
  }
  if (closing) writer.release();
  const answers = writer.flush();
  if (answers.length > 0) parentPort.postMessage(answers.map(({ key, reply }) => ({ seq: key, reply })));
  if (closing) {
    db.close();
    parentPort.close();
  }
});
