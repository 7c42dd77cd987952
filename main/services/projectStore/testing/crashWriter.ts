/**
 * Child process of the crash-safety test: writes edits in a loop and reports each committed one
 * on stdout, until it is killed.
 */
import { openProjectFile } from '../index';

const file = process.argv[2];
const { store } = openProjectFile(file);
let n = 0;
for (;;) {
  store.createSite({ name: `Site ${n}`, commune: '', latDeg: 47, lonDeg: -3, elevationM: n });
  store.updateHeader({ notes: `edit ${n}` });
  // Only after both transactions returned are they reported as committed.
  process.stdout.write(`committed ${n}\n`);
  n++;
}
