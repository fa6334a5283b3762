/**
 * Entry of the sqlite writer thread (see writer.ts): its own connection on the file, one transaction per batch
 * received, answers in the order the requests came.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openWriter } from './writer-core.mjs';

const { path, synchronous } = workerData;
const db = new Database(path);
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${synchronous}`);
db.pragma('busy_timeout = 5000');
const writer = openWriter(db);

parentPort.on('message', (message) => {
  if (message.type === 'write') parentPort.postMessage({ seq: message.seq, reply: writer.write(message.batch) });
  else if (message.type === 'lock') parentPort.postMessage({ seq: message.seq, reply: writer.lock(message.epoch) });
  else if (message.type === 'release') writer.release();
  else if (message.type === 'close') {
    writer.release();
    db.close();
    parentPort.close();
  }
});
