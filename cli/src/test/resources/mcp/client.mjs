// An MCP client built on the official TypeScript SDK, driven by the Java tests.
// Input: the JSON in $LABCREW_MCP_CLIENT:
//   { "transport": "stdio", "command": "java", "args": [...], "env": {...} }
//   or { "transport": "http", "url": "http://127.0.0.1:PORT/mcp", "token": "..." (optional) }
//   plus "elicitation": [answers, in order: {"action": "accept", "content": {...}} | {"action": "decline"}],
//   each optionally with "delayMs", the time the human takes to answer,
//   and "steps": [{"tool": NAME, "arguments": {...}}]; an argument "$pendingId" stands for the approval id of the
//   last PENDING result. "noElicitation": true declares no elicitation capability.
// Output: one JSON line on stdout: {tools, results, elicitations} or {connectError}.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const plan = JSON.parse(process.env.LABCREW_MCP_CLIENT);
const answers = [...(plan.elicitation ?? [])];
const elicitations = [];

const client = new Client({ name: 'labcrew-test-client', version: '1.0.0' },
  { capabilities: plan.noElicitation ? {} : { elicitation: {} } });
if (!plan.noElicitation) {
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    elicitations.push({ message: request.params.message, requestedSchema: request.params.requestedSchema });
    const { delayMs, ...answer } = answers.shift() ?? { action: 'cancel' };
    if (delayMs) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
    return answer;
  });
}

function transport() {
  if (plan.transport === 'stdio') {
    return new StdioClientTransport({ command: plan.command, args: plan.args, env: plan.env, stderr: 'inherit' });
  }
  const headers = plan.token ? { Authorization: `Bearer ${plan.token}` } : {};
  return new StreamableHTTPClientTransport(new URL(plan.url), { requestInit: { headers } });
}

try {
  await client.connect(transport());
} catch (e) {
  console.log(JSON.stringify({ connectError: String(e?.message ?? e), code: e?.code ?? null }));
  process.exit(0);
}

const tools = (await client.listTools()).tools;
const results = [];
let pendingId = null;
for (const step of plan.steps ?? []) {
  const args = Object.fromEntries(Object.entries(step.arguments ?? {}).map(([k, v]) => [k, v === '$pendingId' ? pendingId : v]));
  try {
    const result = await client.callTool({ name: step.tool, arguments: args });
    pendingId = /PENDING approval (\S+):/.exec(result.content?.[0]?.text ?? '')?.[1] ?? pendingId;
    results.push({ tool: step.tool, result });
  } catch (e) {
    results.push({ tool: step.tool, error: { message: String(e?.message ?? e), code: e?.code ?? null, data: e?.data ?? null } });
  }
}
await client.close();
console.log(JSON.stringify({ server: client.getServerVersion(), tools, results, elicitations }));
