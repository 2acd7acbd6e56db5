package testkit

import "testing"

// A failed measurement is run again; a page that fails to load, or any
// other failure of the CLI, fails the test at once.
func TestLighthouseRunsAgainOnlyWhenItsMeasurementFailed(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		output string
		again  bool
	}{
		// What CI printed once.
		{"Runtime error encountered: Something went wrong with recording the trace over your page load. Please run Lighthouse again. (NO_NAVSTART)", true},
		{"Runtime error encountered: The page did not paint any content. (NO_FCP)", true},
		{"Runtime error encountered: Waiting for DevTools protocol response has exceeded the allotted time. (PROTOCOL_TIMEOUT)", true},
		{"Runtime error encountered: Lighthouse was unable to reliably load the page you requested. (Status code: 500) (ERRORED_DOCUMENT_REQUEST)", false},
		{"Runtime error encountered: The page provided is not HTML (served as MIME type application/json). (NOT_HTML)", false},
		{"Unable to connect to Chrome", false},
		{"Debugger protocol timed out while connecting to Chrome. (CRI_TIMEOUT)", true},
		{"", false},
	} {
		if got := isLighthouseRuntimeError([]byte(tc.output)); got != tc.again {
			t.Errorf("run again after %q = %v, want %v", tc.output, got, tc.again)
		}
	}
}
