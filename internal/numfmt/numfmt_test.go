package numfmt

import (
	"math"
	"testing"
)

func TestThousands(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 12500: "12,500",
		1234567: "1,234,567", -1000: "-1,000", -999: "-999", math.MinInt64: "-9,223,372,036,854,775,808"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q; want %q", n, got, want)
		}
	}
}

func TestDollars(t *testing.T) {
	for v, want := range map[float64]string{0: "$0", 49.5: "$50", 3000: "$3,000", 175000: "$175,000", -500: "−$500", -0.4: "$0"} {
		if got := Dollars(v); got != want {
			t.Errorf("Dollars(%v) = %q; want %q", v, got, want)
		}
	}
}
