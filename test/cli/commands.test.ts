import * as assert from 'node:assert/strict';
import { COMMANDS } from '../../src/cli/commands';

describe('cli: command registry', () => {
  it('lazily loaded commands list the same name and summary as their modules', () => {
    for (const c of COMMANDS) {
      // Reading help loads the module; its own summary must match the one in the list.
      assert.ok(c.help.length > 0, c.name);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lab = (require('../../src/cli/commands/lab') as typeof import('../../src/cli/commands/lab')).labCommand;
    const listed = COMMANDS.find((c) => c.name === lab.name);
    assert.ok(listed, 'lab is listed');
    assert.equal(listed.summary, lab.summary);
  });

  it('command names are unique', () => {
    const names = COMMANDS.map((c) => c.name);
    assert.equal(new Set(names).size, names.length);
  });
});
