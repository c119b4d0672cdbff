package parse

import (
	"sync"
	"testing"
)

var testParser = sync.OnceValues(func() (*Parser, error) { return New() })

// defaultTestParser returns a default Parser shared by the tests.
func defaultTestParser(t testing.TB) *Parser {
	t.Helper()
	p, err := testParser()
	if err != nil {
		t.Fatalf("New() error: %v", err)
	}
	return p
}
