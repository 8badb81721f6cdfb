// `ixport explain <id>`: what a message id means (from the catalogue, src/model/messages.ts). A user who sees
// "warning [map.calc-unconfirmed]" in a report can ask without reading the source.
import { parseCommandArgs, processIo, UserError, type Command } from '../command.js';
import { explain, MESSAGES } from '../../model/messages.js';

const help = `Usage: ixport explain [<id>...]

Prints the severity and description of message ids as reports and findings show them
(read.no-period, map.no-cik, calc.inconsistent, xbrl.4.6.3:missingPrecisionDecimals...).
Without an id, lists every id ixport emits.

Exit code: 0 explained, 2 an unknown id.`;

const command: Command = {
  summary: 'explain a message id (read.no-period, calc.inconsistent...), or list them all',
  help,
  async run(argv, io = processIo) {
    const { positionals } = parseCommandArgs('explain', argv, {});
    if (positionals.length === 0) {
      const width = Math.max(...[...MESSAGES.keys()].map((k) => k.length));
      for (const m of MESSAGES.values()) io.stdout.write(`${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.description}\n`);
      return 0;
    }
    const texts = positionals.map((id) => {
      const text = explain(id);
      if (!text) throw new UserError(`no message id "${id}"; \`ixport explain\` lists them all`, { code: 'cli.usage' });
      return text;
    });
    io.stdout.write(texts.join('\n'));
    return 0;
  },
};

export default command;
