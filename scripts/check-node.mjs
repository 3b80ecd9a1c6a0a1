const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Frontdesk needs Node.js 22.12 or newer; this is ${process.version}. ` +
      'Install it (for example `npm i -g node@24`) and run the command again.',
  );
  process.exit(1);
}
