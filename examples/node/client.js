#!/usr/bin/env node
// Calls the RongCloud gateway's gRPC facade as any Node service would: no generated code, the .proto files
// loaded at start-up with @grpc/proto-loader. Registers a user, bans it, checks the ban, prints the
// x-request-id the gateway returns, and reads the google.rpc.Status details of an INVALID_ARGUMENT.
//
//   GATEWAY_ADDRESS=localhost:9000 node client.js      (exits non-zero when an expectation fails)
'use strict';

const path = require('node:path');
const crypto = require('node:crypto');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const ADDRESS = process.env.GATEWAY_ADDRESS || 'localhost:9000';
const REPO = path.resolve(__dirname, '..', '..');
// The contract, the google.rpc error model (vendored from googleapis) and the google/protobuf well-knowns
// (protobufjs ships descriptor.proto; proto-loader adds timestamp, any, duration...).
const INCLUDE_DIRS = [
  path.join(REPO, 'proto', 'src', 'main', 'proto'),
  path.join(__dirname, '..', 'protos'),
  path.dirname(path.dirname(path.dirname(require.resolve('protobufjs/google/protobuf/descriptor.proto')))),
];

const packageDefinition = protoLoader.loadSync(['rongcloud/gateway/v1/user.proto', 'rongcloud/gateway/v1/message.proto'], {
  includeDirs: INCLUDE_DIRS,
  keepCase: true, // field names as in the .proto: user_id, page_size...
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
});
const v1 = grpc.loadPackageDefinition(packageDefinition).rongcloud.gateway.v1;

// protobufjs decodes the binary google.rpc.Status the gateway puts in the grpc-status-details-bin trailer.
const errorModel = new protobuf.Root();
errorModel.resolvePath = (origin, target) => {
  for (const dir of INCLUDE_DIRS) {
    const candidate = path.join(dir, target);
    if (require('node:fs').existsSync(candidate)) return candidate;
  }
  return protobuf.util.path.resolve(origin, target);
};
errorModel.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto'], { keepCase: true });
const RpcStatus = errorModel.lookupType('google.rpc.Status');

/** The google.rpc.Status of a failed call with its details unpacked: [{type: 'google.rpc.ErrorInfo', ...}]. */
function statusDetails(error) {
  const raw = error.metadata && error.metadata.get('grpc-status-details-bin')[0];
  if (!raw) return null;
  const status = RpcStatus.toObject(RpcStatus.decode(raw));
  status.details = (status.details || []).map((any) => {
    const typeName = any.type_url.substring(any.type_url.lastIndexOf('/') + 1);
    const type = errorModel.lookupType(typeName);
    return { type: typeName, ...type.toObject(type.decode(any.value), { defaults: true }) };
  });
  return status;
}

/** One unary call: resolves with {response, requestId} or rejects with the gRPC error (requestId attached). */
function unary(client, method, request, requestId) {
  const metadata = new grpc.Metadata();
  if (requestId) metadata.set('x-request-id', requestId);
  return new Promise((resolve, reject) => {
    let headers;
    const call = client[method](request, metadata, { deadline: Date.now() + 10_000 }, (error, response) => {
      if (error) {
        // on errors the id comes in the trailers (error.metadata) when no headers were sent
        const fromHeaders = headers && headers.get('x-request-id')[0];
        error.requestId = fromHeaders || error.metadata.get('x-request-id')[0];
        reject(error);
      } else {
        resolve({ response, requestId: headers && headers.get('x-request-id')[0] });
      }
    });
    call.on('metadata', (m) => { headers = m; });
  });
}

let failures = 0;
function expect(condition, what) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
  if (!condition) failures++;
}

async function main() {
  const users = new v1.UserService(ADDRESS, grpc.credentials.createInsecure());
  const suffix = crypto.randomBytes(4).toString('hex');
  const userId = `node_${suffix}`;
  const myRequestId = `node-example-${suffix}`;

  // 1. Register a user; send our own x-request-id, the gateway echoes it (and sends it to RongCloud).
  const registered = await unary(users, 'RegisterUser',
    { user_id: userId, name: 'Node Example', portrait_uri: 'https://img.example/node.png' }, myRequestId);
  console.log(`RegisterUser ${userId}: token ${registered.response.token.slice(0, 12)}... x-request-id=${registered.requestId}`);
  expect(registered.response.token.length > 0, 'RegisterUser returns a token');
  expect(registered.requestId === myRequestId, 'the gateway returns our x-request-id');

  // 2. Ban it for 10 minutes (no x-request-id sent: the gateway makes one up and returns it).
  const blocked = await unary(users, 'BlockUsers', { user_ids: [userId], minutes: 10 });
  console.log(`BlockUsers ${userId}: x-request-id=${blocked.requestId}`);
  expect(typeof blocked.requestId === 'string' && blocked.requestId.length > 0, 'a generated x-request-id is returned');

  // 3. Check the ban: walk ListBlockedUsers' pages (an empty next_page_token is the only end signal).
  let found = null;
  let pageToken = '';
  for (let pages = 0; pages < 100; pages++) {
    const { response } = await unary(users, 'ListBlockedUsers', { page_size: 200, page_token: pageToken });
    found = found || response.blocked_users.find((u) => u.user_id === userId);
    pageToken = response.next_page_token;
    if (found || !pageToken) break;
  }
  expect(Boolean(found), `ListBlockedUsers contains ${userId}`);
  if (found) {
    const end = new Date(Number(found.block_end_time.seconds) * 1000);
    console.log(`  ban ends ${end.toISOString()}`);
    expect(end.getTime() > Date.now(), 'the ban ends in the future');
  }

  // 4. An invalid request: INVALID_ARGUMENT before any upstream call, with google.rpc.Status details.
  try {
    await unary(users, 'RegisterUser', { user_id: 'has space', name: 'x'.repeat(65) });
    expect(false, 'an invalid RegisterUser fails');
  } catch (error) {
    expect(error.code === grpc.status.INVALID_ARGUMENT, `INVALID_ARGUMENT (got ${grpc.status[error.code]}: ${error.details})`);
    console.log(`  x-request-id=${error.requestId}`);
    const status = statusDetails(error);
    expect(status !== null, 'grpc-status-details-bin carries a google.rpc.Status');
    const details = status ? status.details : [];
    const info = details.find((d) => d.type === 'google.rpc.ErrorInfo');
    const badRequest = details.find((d) => d.type === 'google.rpc.BadRequest');
    if (info) console.log(`  ErrorInfo reason=${info.reason} domain=${info.domain} metadata=${JSON.stringify(info.metadata)}`);
    expect(info && info.reason === 'INVALID_REQUEST' && info.domain === 'rongcloud.gateway', 'ErrorInfo INVALID_REQUEST');
    expect(info && info.metadata.requestId === error.requestId, 'ErrorInfo metadata.requestId is the x-request-id');
    const fields = badRequest ? badRequest.field_violations.map((v) => v.field) : [];
    for (const v of badRequest ? badRequest.field_violations : []) console.log(`  BadRequest ${v.field}: ${v.description}`);
    expect(fields.includes('user_id') && fields.includes('name'), 'BadRequest names user_id and name');
  }

  // Lift the ban.
  await unary(users, 'UnblockUsers', { user_ids: [userId] });

  // 5. Send a typed text message from a second user (no JSON to build: the gateway writes RC:TxtMsg); the
  //    dedup_key goes to RongCloud as msgRandom, so a retry of this very send after a timeout is not delivered twice.
  const messages = new v1.MessageService(ADDRESS, grpc.credentials.createInsecure());
  const senderId = `node_from_${suffix}`;
  await unary(users, 'RegisterUser', { user_id: senderId, name: 'Node Sender' });
  const sent = await unary(messages, 'SendPrivateMessage', {
    from_user_id: senderId,
    to_user_ids: [userId],
    content: { text: { content: 'Hello from Node' } },
    push: { push_content: 'New message' },
    dedup_key: String(Date.now()),
  });
  const delivered = sent.response.messages || [];
  console.log(`SendPrivateMessage ${senderId} -> ${userId}: ${JSON.stringify(delivered)}`);
  expect(delivered.length === 1 && delivered[0].target_id === userId, 'SendPrivateMessage reaches the user');
  expect(delivered.length === 1 && delivered[0].message_uid.length > 0, 'SendPrivateMessage returns a message UID');
  messages.close();
  users.close();
}

main()
  .catch((error) => {
    console.error(`FAIL unexpected error: ${error.code !== undefined ? grpc.status[error.code] + ' ' : ''}${error.message}`);
    failures++;
  })
  .finally(() => {
    console.log(failures === 0 ? 'node example: all expectations met' : `node example: ${failures} failed expectation(s)`);
    process.exitCode = failures === 0 ? 0 : 1;
  });
