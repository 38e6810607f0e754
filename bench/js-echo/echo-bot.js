// The load benchmark's comparison target (docs/PERFORMANCE.md, "End to end"): the echo bot a team would
// write on the official Bot Framework JavaScript SDK. Anonymous (no MicrosoftAppId), so loopback service
// URLs are accepted and replies are posted without a token, exactly like the advisor in the benchmark.
// Usage: node echo-bot.js [port [parentPid]]; listens on 127.0.0.1 only. With parentPid it exits when that
// process (the benchmark) is gone, so a benchmark killed outright leaves nothing behind.
'use strict';

const express = require('express');
const {
    ActivityTypes,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication
} = require('botbuilder');

const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: '',
    MicrosoftAppTenantId: ''
});
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
    console.error(`turn error: ${error}`);
    await context.sendActivity('The bot encountered an error.');
};

// What an echo bot answers: a message is echoed (a card submit has no text: its verb is echoed), each added
// member other than the bot is welcomed, and an invoke gets an invoke response.
async function echo(context) {
    const activity = context.activity;
    switch (activity.type) {
        case ActivityTypes.Message: {
            const text = activity.text ?? (activity.value && activity.value.verb) ?? '';
            await context.sendActivity(`echo: ${text}`);
            break;
        }
        case ActivityTypes.ConversationUpdate:
            for (const member of activity.membersAdded ?? []) {
                if (member.id !== activity.recipient.id) {
                    await context.sendActivity('Hello and welcome!');
                }
            }
            break;
        case ActivityTypes.Invoke:
            await context.sendActivity({
                type: ActivityTypes.InvokeResponse,
                value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'echo' } }
            });
            break;
        default:
            break;
    }
}

const app = express();
app.use(express.json({ limit: '256kb' }));
app.post('/api/messages', (req, res) => adapter.process(req, res, echo));
app.get('/healthz', (req, res) => res.send('ok'));

const port = Number(process.argv[2] ?? process.env.PORT ?? 3979);
const server = app.listen(port, '127.0.0.1', () => console.log(`Now listening on: http://127.0.0.1:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.close(() => process.exit(0)));
}

const parent = Number(process.argv[3] ?? 0);
if (parent > 0) {
    setInterval(() => {
        try {
            process.kill(parent, 0);
        } catch {
            process.exit(0);
        }
    }, 1000).unref();
}
