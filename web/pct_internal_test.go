package web

import "testing"

func TestPercentagesAreWrittenAsPeopleWriteThem(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{70, "70%"},
		{5, "5%"},
		{12.5, "12.5%"},
		{2.04, "2%"}, // was "2.%"
		{15.3, "15.3%"},
		{0, "0%"},
	} {
		if got := pct(tc.v); got != tc.want {
			t.Errorf("pct(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}
