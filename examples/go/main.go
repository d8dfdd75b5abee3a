// Command client calls the RongCloud gateway's gRPC facade from Go with generated stubs (see README.md):
// registers a user, bans it, checks the ban, prints the x-request-id the gateway returns, and reads the
// google.rpc.Status details (ErrorInfo, BadRequest) of an INVALID_ARGUMENT. Exits 1 when an expectation fails.
//
//	GATEWAY_ADDRESS=localhost:9000 go run .
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	gatewayv1 "example.com/rongcloud-gateway/gen/rongcloud/gateway/v1"
)

var failures int

func expect(ok bool, what string) {
	if ok {
		fmt.Println("ok  ", what)
	} else {
		fmt.Println("FAIL", what)
		failures++
	}
}

// requestID is the x-request-id the gateway returned: in the headers on success, the trailers on errors.
func requestID(header, trailer metadata.MD) string {
	if v := header.Get("x-request-id"); len(v) > 0 {
		return v[0]
	}
	if v := trailer.Get("x-request-id"); len(v) > 0 {
		return v[0]
	}
	return ""
}

func main() {
	address := os.Getenv("GATEWAY_ADDRESS")
	if address == "" {
		address = "localhost:9000"
	}
	conn, err := grpc.NewClient(address, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		fmt.Println("FAIL", err)
		os.Exit(1)
	}
	defer conn.Close()
	users := gatewayv1.NewUserServiceClient(conn)

	suffix := make([]byte, 4)
	_, _ = rand.Read(suffix)
	userID := "go_" + hex.EncodeToString(suffix)
	myRequestID := "go-example-" + hex.EncodeToString(suffix)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	// 1. Register a user with our own x-request-id; the gateway echoes it and sends it upstream.
	var header, trailer metadata.MD
	registered, err := users.RegisterUser(metadata.AppendToOutgoingContext(ctx, "x-request-id", myRequestID),
		&gatewayv1.RegisterUserRequest{UserId: userID, Name: "Go Example", PortraitUri: "https://img.example/go.png"},
		grpc.Header(&header), grpc.Trailer(&trailer))
	if err != nil {
		fmt.Println("FAIL RegisterUser:", err)
		os.Exit(1)
	}
	fmt.Printf("RegisterUser %s: x-request-id=%s\n", userID, requestID(header, trailer))
	expect(registered.GetToken() != "", "RegisterUser returns a token")
	expect(requestID(header, trailer) == myRequestID, "the gateway returns our x-request-id")

	// 2. Ban it for 10 minutes (no x-request-id sent: the gateway makes one up).
	header, trailer = nil, nil
	if _, err := users.BlockUsers(ctx, &gatewayv1.BlockUsersRequest{UserIds: []string{userID}, Minutes: 10},
		grpc.Header(&header), grpc.Trailer(&trailer)); err != nil {
		fmt.Println("FAIL BlockUsers:", err)
		os.Exit(1)
	}
	fmt.Printf("BlockUsers %s: x-request-id=%s\n", userID, requestID(header, trailer))

	// 3. Check the ban: walk the pages; an empty next_page_token is the only end signal.
	var found *gatewayv1.BlockedUser
	token := ""
	for pages := 0; pages < 100 && found == nil; pages++ {
		page, err := users.ListBlockedUsers(ctx, &gatewayv1.ListBlockedUsersRequest{PageSize: 200, PageToken: token})
		if err != nil {
			fmt.Println("FAIL ListBlockedUsers:", err)
			os.Exit(1)
		}
		for _, u := range page.GetBlockedUsers() {
			if u.GetUserId() == userID {
				found = u
			}
		}
		if token = page.GetNextPageToken(); token == "" {
			break
		}
	}
	expect(found != nil, "ListBlockedUsers contains "+userID)
	if found != nil {
		fmt.Println("  ban ends", found.GetBlockEndTime().AsTime().Format(time.RFC3339))
		expect(found.GetBlockEndTime().AsTime().After(time.Now()), "the ban ends in the future")
	}

	// 4. An invalid request: INVALID_ARGUMENT before any upstream call, with google.rpc.Status details.
	header, trailer = nil, nil
	_, err = users.RegisterUser(ctx, &gatewayv1.RegisterUserRequest{UserId: "has space", Name: strings.Repeat("x", 65)},
		grpc.Header(&header), grpc.Trailer(&trailer))
	st, _ := status.FromError(err)
	expect(err != nil && st.Code() == codes.InvalidArgument, fmt.Sprintf("INVALID_ARGUMENT (got %v: %s)", st.Code(), st.Message()))
	fmt.Println("  x-request-id=" + requestID(header, trailer))
	var info *errdetails.ErrorInfo
	var fields []string
	for _, detail := range st.Details() { // the errdetails import registers the types to unpack
		switch d := detail.(type) {
		case *errdetails.ErrorInfo:
			info = d
			fmt.Printf("  ErrorInfo reason=%s domain=%s metadata=%v\n", d.GetReason(), d.GetDomain(), d.GetMetadata())
		case *errdetails.BadRequest:
			for _, v := range d.GetFieldViolations() {
				fields = append(fields, v.GetField())
				fmt.Printf("  BadRequest %s: %s\n", v.GetField(), v.GetDescription())
			}
		}
	}
	expect(info != nil && info.GetReason() == "INVALID_REQUEST" && info.GetDomain() == "rongcloud.gateway", "ErrorInfo INVALID_REQUEST")
	expect(strings.Contains(strings.Join(fields, ","), "user_id") && strings.Contains(strings.Join(fields, ","), "name"),
		"BadRequest names user_id and name")

	// 5. TODO(MessageService): send a private message to the user once rongcloud.gateway.v1.MessageService
	//    lands (gatewayv1.NewMessageServiceClient(conn).SendPrivateMessage(...)).

	_, _ = users.UnblockUsers(ctx, &gatewayv1.UnblockUsersRequest{UserIds: []string{userID}})
	if failures > 0 {
		fmt.Printf("go example: %d failed expectation(s)\n", failures)
		os.Exit(1)
	}
	fmt.Println("go example: all expectations met")
}
