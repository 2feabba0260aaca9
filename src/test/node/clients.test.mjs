// Real MCP clients (the TypeScript SDK) against the packaged jar on the embedded emulator:
// every tool over stdio and over Streamable HTTP, plus resources, prompts and completions.
// Run by .ci/run after ./mvnw verify:  node --test   (in src/test/node)
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ProgressNotificationSchema } from '@modelcontextprotocol/sdk/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const JAR = process.env.KAYAKO_JAR ?? path.resolve(here, '../../../target/kayako-mcp-0.1.0.jar');
const JAVA = process.env.JAVA ?? 'java';
const TOKEN = 'node-test-token-0123456789';

/** Arguments that make each known tool do real work; unknown tools get their required strings. */
function argumentsFor(tool, ticketId) {
  const known = {
    kayako_search_tickets: { query: 'password', limit: 3 },
    kayako_list_tickets: { limit: 3 },
    kayako_get_ticket: { ticket_id: ticketId, include_posts: true },
    kayako_get_ticket_posts: { ticket_id: ticketId, limit: 5 },
  };
  if (known[tool.name]) return known[tool.name];
  const args = {};
  for (const name of tool.inputSchema.required ?? []) {
    args[name] = name === 'ticket_id' ? ticketId : 'password';
  }
  return args;
}

async function driveEveryTool(client) {
  // Progress is collected by token with a plain notification handler: the SDK's onprogress option
  // drops notifications that arrive in the same read as the response (it handles notifications a
  // microtask later, after the response has removed the handler).
  const progressByToken = new Map();
  client.setNotificationHandler(ProgressNotificationSchema, (n) => {
    const token = n.params.progressToken;
    progressByToken.set(token, [...(progressByToken.get(token) ?? []), n.params.progress]);
  });
  const { tools } = await client.listTools();
  assert.ok(tools.length >= 6, `expected the tools, got ${tools.map((t) => t.name)}`);
  const list = await client.callTool({ name: 'kayako_list_tickets', arguments: { limit: 1 } });
  const ticketId = list.structuredContent.tickets[0].display_id;
  assert.match(ticketId, /^[A-Z]{3}-\d{3}-\d{5}$/);
  for (const tool of tools) {
    assert.ok(tool.title, `${tool.name} has a title`);
    assert.equal(typeof tool.annotations?.readOnlyHint, 'boolean', `${tool.name} readOnlyHint`);
    assert.ok(tool.outputSchema, `${tool.name} has an outputSchema`);
    const token = `progress-${tool.name}`;
    const result = await client.callTool({
      name: tool.name,
      arguments: argumentsFor(tool, ticketId),
      _meta: { progressToken: token },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const progress = progressByToken.get(token) ?? [];
    const text = result.content.map((c) => c.text ?? '').join('');
    assert.ok(text.length > 0, `${tool.name} answered with text`);
    assert.doesNotMatch(text, /\bat [a-z]+\.[a-zA-Z.]+\(|Exception/, `${tool.name}: no Java internals`);
    if (!result.isError) {
      assert.ok(result.structuredContent, `${tool.name} returned structuredContent`);
      assert.ok(progress.length >= 1, `${tool.name} reported progress`);
      assert.deepEqual(progress, [...progress].sort((a, b) => a - b), `${tool.name} progress increases`);
    }
  }
  return ticketId;
}

async function resourcesPromptsCompletions(client, ticketId) {
  const { resources } = await client.listResources();
  assert.deepEqual(resources.map((r) => r.uri).sort(),
    ['kayako://departments', 'kayako://queues/needs-attention', 'kayako://statuses']);
  const ticket = await client.readResource({ uri: `kayako://tickets/${ticketId}` });
  assert.equal(ticket.contents[0].mimeType, 'text/markdown');
  assert.ok(ticket.contents[0].text.includes(ticketId));
  const queue = await client.readResource({ uri: 'kayako://queues/needs-attention' });
  assert.ok(queue.contents[0].text.startsWith('# Tickets needing attention'));
  // Both session transports take subscriptions.
  assert.equal(client.getServerCapabilities().resources.subscribe, true);
  assert.deepEqual(await client.subscribeResource({ uri: `kayako://tickets/${ticketId}` }), {});
  assert.deepEqual(await client.unsubscribeResource({ uri: `kayako://tickets/${ticketId}` }), {});
  const { prompts } = await client.listPrompts();
  assert.deepEqual(prompts.map((p) => p.name).sort(),
    ['draft_reply', 'summarize_ticket', 'triage_queue', 'weekly_report']);
  const summary = await client.getPrompt({ name: 'summarize_ticket', arguments: { ticket_id: ticketId } });
  assert.ok(summary.messages[0].content.text.includes('kayako_get_ticket_posts'));
  const done = await client.complete({
    ref: { type: 'ref/resource', uri: 'kayako://tickets/{ticket_id}/posts' },
    argument: { name: 'ticket_id', value: ticketId.slice(0, 3) },
  });
  assert.ok(done.completion.values.includes(ticketId), `${ticketId} among the suggestions`);
}

describe('stdio: the jar as a child process', () => {
  let client;
  before(async () => {
    client = new Client({ name: 'node-stdio-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({
      command: JAVA, args: ['-jar', JAR, '--demo'], stderr: 'ignore',
    }));
  });
  after(async () => { await client?.close(); });

  test('every tool answers, with structured content and progress', { timeout: 120_000 }, async () => {
    const id = await driveEveryTool(client);
    await resourcesPromptsCompletions(client, id);
  });
});

describe('Streamable HTTP: serve --http with a token', () => {
  let server;
  let url;
  before(async () => {
    server = spawn(JAVA, ['-jar', JAR, '--demo', '--http', '--port', '0'], {
      env: { ...process.env, KAYAKO_MCP_HTTP_TOKEN: TOKEN },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    url = await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`no endpoint line:\n${seen}`)), 60_000);
      server.stderr.on('data', (chunk) => {
        seen += chunk;
        const m = /serving MCP at (http:\/\/\S+\/mcp)/.exec(seen);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
      server.on('exit', (code) => reject(new Error(`server exited ${code}:\n${seen}`)));
    });
  });
  after(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.on('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  });

  test('without the token the client is refused', async () => {
    const client = new Client({ name: 'no-token', version: '1.0.0' });
    await assert.rejects(client.connect(new StreamableHTTPClientTransport(new URL(url))));
  });

  test('every tool answers, with structured content and progress', { timeout: 120_000 }, async () => {
    const client = new Client({ name: 'node-http-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { Authorization: `Bearer ${TOKEN}` } },
    }));
    try {
      const id = await driveEveryTool(client);
      await resourcesPromptsCompletions(client, id);
      await client.setLoggingLevel('info');
    } finally {
      await client.close();
    }
  });
});
