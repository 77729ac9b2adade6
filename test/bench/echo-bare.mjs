/**
 * The bare echo bot every figure of `npm run bench` is compared with: plain JavaScript,
 * botbuilder and restify only, nothing of the app and no TypeScript loader. Run on its own,
 * as every bench starts it (servers.ts, the cold-start figure), it listens on PORT.
 */
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

export function bareEchoServer() {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Echo : ${context.activity.text}`);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => adapter.process(req, res, (context) => bot.run(context)));
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A clean exit on SIGTERM, so that a profile taken with --cpu-prof is written.
  process.once('SIGTERM', () => process.exit(0));
  bareEchoServer().listen(Number(process.env['PORT']), '127.0.0.1');
}
