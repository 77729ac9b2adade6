/**
 * A stand-in for the Teams web client, as a page that frames the tab and answers
 * @microsoft/teams-js the way a host does, over postMessage: `initialize` (frame
 * context, client type, runtime), `getContext` (theme, locale), and `executeDeepLink`,
 * which it records in `window.openedLinks`. `window.setTheme(theme)` sends the host's
 * theme change. Served at the tab's own origin, so the SDK accepts its messages.
 */
export function teamsHostPage(tabUrl: string, theme: 'default' | 'dark' | 'contrast'): string {
  const runtime = JSON.stringify({
    apiVersion: 4,
    isLegacyTeams: false,
    supports: {
      app: {},
      appInstallDialog: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {} },
    },
  });
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Teams (simulé)</title>
<style>body{margin:0} iframe{border:0;width:100vw;height:100vh}</style></head>
<body>
<iframe id="tab" title="Agenda & places" src="${tabUrl}"></iframe>
<script>
  window.openedLinks = [];
  window.received = [];
  const frame = document.getElementById('tab');
  const answers = {
    initialize: () => ['content', 'web', ${JSON.stringify(runtime)}, '2.58.0'],
    getContext: () => [{ theme: ${JSON.stringify(theme)}, locale: 'fr-fr', entityId: 'agenda', hostClientType: 'web', frameContext: 'content' }],
    executeDeepLink: (args) => { window.openedLinks.push(args[0]); return [null, true]; },
  };
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.func !== 'string' || event.source !== frame.contentWindow) return;
    window.received.push(message.func);
    const answer = answers[message.func];
    if (!answer) return;
    event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args: answer(message.args || []) }, event.origin);
  });
  window.setTheme = (next) => frame.contentWindow.postMessage({ func: 'themeChange', args: [next] }, '*');
</script>
</body></html>`;
}
