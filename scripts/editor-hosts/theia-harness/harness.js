// CI-only extension for Eclipse Theia, which cannot be told to load a tests module: when the runner sets
// KEEPALIVED_LAB_TEST_MODULE, require it in this plugin host and call its run() (the VS Code contract).
// The suite itself writes the results file the runner waits for.
exports.activate = function activate() {
  const testModule = process.env.KEEPALIVED_LAB_TEST_MODULE;
  if (!testModule) return;
  // Let the workbench finish opening the workspace first.
  setTimeout(() => {
    Promise.resolve()
      .then(() => require(testModule).run())
      .then(() => console.log('[keepalived-lab harness] suite finished'))
      .catch((e) => console.log(`[keepalived-lab harness] suite failed: ${(e && e.stack) || e}`));
  }, 1000);
};
exports.deactivate = function deactivate() {};
