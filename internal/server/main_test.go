package server_test

import (
	"testing"

	"github.com/crossroads/crossroads/internal/testkit"
)

func TestMain(m *testing.M) {
	testkit.WarmUpHTMLChecker()
	testkit.Main(m)
}
