package web

import (
	"github.com/crossroads/crossroads/internal/numfmt"

	"strconv"
)

func statusText(code int) string { return strconv.Itoa(code) }

func itoa(i int) string { return strconv.Itoa(i) }

// Money formats whole US dollars with thousands separators: "$3,000".
func Money(v float64) string { return numfmt.Dollars(v) }

// Signed formats contribution points with an explicit sign: "+12", "−3", "0".
func Signed(n int) string {
	switch {
	case n > 0:
		return "+" + strconv.Itoa(n)
	case n < 0:
		return "−" + strconv.Itoa(-n)
	}
	return "0"
}
