module example.com/rongcloud-gateway

go 1.22

// Versions are indicative; `go mod tidy` (with access to the Go module proxy) pins them and writes go.sum.
require (
	google.golang.org/genproto/googleapis/rpc v0.0.0-20250106144421-5f5ef82da422
	google.golang.org/grpc v1.69.2
	google.golang.org/protobuf v1.36.1
)
