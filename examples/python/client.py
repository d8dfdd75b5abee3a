#!/usr/bin/env python3
"""Calls the RongCloud gateway's gRPC facade from Python with generated stubs (see README.md).

Registers a user, bans it, checks the ban, prints the x-request-id the gateway returns, reads the
google.rpc.Status details (ErrorInfo, BadRequest) of an INVALID_ARGUMENT, and sends the user a typed text
message. Exits non-zero when an expectation fails.

    GATEWAY_ADDRESS=localhost:9000 python client.py
"""
import os
import secrets
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen"))

import grpc  # noqa: E402
from google.rpc import error_details_pb2, status_pb2  # noqa: E402  (googleapis-common-protos)
from rongcloud.gateway.v1 import message_content_pb2, message_pb2, message_pb2_grpc  # noqa: E402  (./generate.sh)
from rongcloud.gateway.v1 import user_pb2, user_pb2_grpc  # noqa: E402

ADDRESS = os.environ.get("GATEWAY_ADDRESS", "localhost:9000")
failures = 0


def expect(condition, what):
    global failures
    print(f"{'ok  ' if condition else 'FAIL'} {what}")
    if not condition:
        failures += 1


def request_id_of(call_or_error):
    """The x-request-id the gateway returned: response headers on success, trailers on errors."""
    for metadata in (call_or_error.initial_metadata() or (), call_or_error.trailing_metadata() or ()):
        for key, value in metadata:
            if key == "x-request-id":
                return value
    return None


def status_details(error):
    """The google.rpc.Status of a failed call, from the grpc-status-details-bin trailer, details unpacked.

    (grpcio-status's rpc_status.from_call(error) does the same first step.)"""
    for key, value in error.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            status = status_pb2.Status.FromString(value)
            unpacked = []
            for any_detail in status.details:
                for message_type in (error_details_pb2.ErrorInfo, error_details_pb2.BadRequest,
                                     error_details_pb2.RetryInfo, error_details_pb2.QuotaFailure):
                    if any_detail.Is(message_type.DESCRIPTOR):
                        detail = message_type()
                        any_detail.Unpack(detail)
                        unpacked.append(detail)
            return status, unpacked
    return None, []


def main():
    suffix = secrets.token_hex(4)
    user_id = f"py_{suffix}"
    my_request_id = f"python-example-{suffix}"
    with grpc.insecure_channel(ADDRESS) as channel:
        users = user_pb2_grpc.UserServiceStub(channel)

        # 1. Register a user with our own x-request-id; the gateway echoes it and sends it upstream.
        response, call = users.RegisterUser.with_call(
            user_pb2.RegisterUserRequest(user_id=user_id, name="Python Example",
                                         portrait_uri="https://img.example/py.png"),
            metadata=[("x-request-id", my_request_id)], timeout=10)
        print(f"RegisterUser {user_id}: token {response.token[:12]}... x-request-id={request_id_of(call)}")
        expect(len(response.token) > 0, "RegisterUser returns a token")
        expect(request_id_of(call) == my_request_id, "the gateway returns our x-request-id")

        # 2. Ban it for 10 minutes (no x-request-id sent: the gateway makes one up).
        _, call = users.BlockUsers.with_call(user_pb2.BlockUsersRequest(user_ids=[user_id], minutes=10), timeout=10)
        print(f"BlockUsers {user_id}: x-request-id={request_id_of(call)}")

        # 3. Check the ban: walk the pages; an empty next_page_token is the only end signal.
        found, token = None, ""
        for _ in range(100):
            page = users.ListBlockedUsers(user_pb2.ListBlockedUsersRequest(page_size=200, page_token=token), timeout=10)
            found = found or next((u for u in page.blocked_users if u.user_id == user_id), None)
            token = page.next_page_token
            if found or not token:
                break
        expect(found is not None, f"ListBlockedUsers contains {user_id}")
        if found:
            print(f"  ban ends {found.block_end_time.ToJsonString()}")
            expect(found.block_end_time.seconds > time.time(), "the ban ends in the future")

        # 4. An invalid request: INVALID_ARGUMENT before any upstream call, with google.rpc.Status details.
        try:
            users.RegisterUser(user_pb2.RegisterUserRequest(user_id="has space", name="x" * 65), timeout=10)
            expect(False, "an invalid RegisterUser fails")
        except grpc.RpcError as error:
            expect(error.code() == grpc.StatusCode.INVALID_ARGUMENT, f"INVALID_ARGUMENT (got {error.code()}: {error.details()})")
            print(f"  x-request-id={request_id_of(error)}")
            status, details = status_details(error)
            expect(status is not None, "grpc-status-details-bin carries a google.rpc.Status")
            info = next((d for d in details if isinstance(d, error_details_pb2.ErrorInfo)), None)
            bad_request = next((d for d in details if isinstance(d, error_details_pb2.BadRequest)), None)
            if info:
                print(f"  ErrorInfo reason={info.reason} domain={info.domain} metadata={dict(info.metadata)}")
            expect(info is not None and info.reason == "INVALID_REQUEST" and info.domain == "rongcloud.gateway",
                   "ErrorInfo INVALID_REQUEST")
            fields = [v.field for v in bad_request.field_violations] if bad_request else []
            for v in bad_request.field_violations if bad_request else []:
                print(f"  BadRequest {v.field}: {v.description}")
            expect("user_id" in fields and "name" in fields, "BadRequest names user_id and name")

        users.UnblockUsers(user_pb2.UnblockUsersRequest(user_ids=[user_id]), timeout=10)

        # 5. Send a typed text message from a second user (no JSON to build: the gateway writes RC:TxtMsg); the
        #    dedup_key goes to RongCloud as msgRandom, so a retry of this very send after a timeout is not
        #    delivered twice.
        sender_id = f"py_from_{suffix}"
        users.RegisterUser(user_pb2.RegisterUserRequest(user_id=sender_id, name="Python Sender"), timeout=10)
        messages = message_pb2_grpc.MessageServiceStub(channel)
        sent = messages.SendPrivateMessage(message_pb2.SendPrivateMessageRequest(
            from_user_id=sender_id,
            to_user_ids=[user_id],
            content=message_content_pb2.MessageContent(
                text=message_content_pb2.TextContent(content="Hello from Python")),
            push=message_content_pb2.PushSettings(push_content="New message"),
            dedup_key=int(time.time() * 1000)), timeout=10)
        delivered = list(sent.messages)
        print(f"SendPrivateMessage {sender_id} -> {user_id}: {[(m.target_id, m.message_uid) for m in delivered]}")
        expect(len(delivered) == 1 and delivered[0].target_id == user_id, "SendPrivateMessage reaches the user")
        expect(len(delivered) == 1 and len(delivered[0].message_uid) > 0, "SendPrivateMessage returns a message UID")


if __name__ == "__main__":
    try:
        main()
    except grpc.RpcError as e:
        print(f"FAIL unexpected error: {e.code()} {e.details()}")
        failures += 1
    print("python example: all expectations met" if failures == 0 else f"python example: {failures} failed expectation(s)")
    sys.exit(0 if failures == 0 else 1)
