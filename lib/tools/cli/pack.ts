/**
 * `npm run pack -- keygen|sign|verify`: a publisher's tools for signed claim packs. The work is in
 * pack-keys.ts (over lib/core/pack/signature.ts, the extension's own check); this parses and prints.
 */
import { keygen, signFile, verifyFile } from './pack-keys';

const HELP = `Usage:
  npm run pack -- keygen --out DIR            writes DIR/private.jwk (mode 0600; never overwrites) and DIR/public.txt
  npm run pack -- sign PACK.json --key DIR/private.jwk   writes PACK.json.sig (base64 Ed25519 signature of the file's length and hash)
  npm run pack -- verify PACK.json --key PUBLIC          checks PACK.json.sig; PUBLIC is the publisher key or a file holding it

Publish PACK.json and PACK.json.sig side by side; readers subscribe with the address of PACK.json
and the key in public.txt. Exit codes: 0 done, 1 refused (the reason is printed), 2 bad usage.
`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const positional = rest.filter((a, i) => !a.startsWith('--') && !rest[i - 1]?.startsWith('--'));
  if (command === 'keygen') {
    const out = option(rest, '--out');
    if (!out) return usage('keygen needs --out DIR');
    const made = await keygen(out);
    if (!made.ok) return fail(made.error);
    console.log(`Wrote ${made.value.privatePath} (keep it secret) and the publisher key:\n${made.value.publicKey}`);
    return 0;
  }
  if (command === 'sign' || command === 'verify') {
    const key = option(rest, '--key');
    if (positional.length !== 1 || !key) return usage(`${command} needs PACK.json and --key`);
    if (command === 'sign') {
      const signed = await signFile(positional[0], key);
      if (!signed.ok) return fail(signed.error);
      console.log(`Wrote ${signed.value}`);
      return 0;
    }
    const verified = await verifyFile(positional[0], key);
    if (!verified.ok) return fail(verified.error);
    console.log(`Good signature: ${positional[0]} is signed by this publisher key.`);
    return 0;
  }
  if (command === '-h' || command === '--help') {
    process.stdout.write(HELP);
    return 0;
  }
  return usage(command ? `unknown command "${command}"` : 'no command given');
}

function usage(problem: string): number {
  process.stderr.write(`pack: ${problem}\n\n${HELP}`);
  return 2;
}

function fail(reason: string): number {
  process.stderr.write(`pack: ${reason}\n`);
  return 1;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
