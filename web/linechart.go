package web

import (
	"math"
	"strconv"
	"strings"
)

// Series is one line of a line chart.
type Series struct {
	Label  string
	Class  string // stroke class, e.g. "stroke-hustle"
	Values []float64
}

// LineChart is a month-by-month chart with an optional goal line.
type LineChart struct {
	Title  string
	Series []Series
	Goal   float64 // 0 hides the goal line
	// Amount writes an axis label or the goal in the comparison's currency.
	Amount func(float64) string
}

// Line chart geometry, in SVG user units. Like the bar charts it is drawn
// narrow (360 units, shown at most 30rem wide), so on a 390 px phone its
// 14-unit labels draw at about 13 px instead of shrinking with a wide chart.
const (
	lcWidth, lcHeight = 360, 230
	lcLeft, lcRight   = 64, 8
	lcTop, lcBottom   = 22, 28
)

func (c LineChart) viewBox() string { return "0 0 " + itoa(lcWidth) + " " + itoa(lcHeight) }

// Axis ends, for the template.
func (c LineChart) plotLeft() string   { return itoa(lcLeft) }
func (c LineChart) plotRight() string  { return itoa(lcWidth - lcRight) }
func (c LineChart) plotTop() string    { return itoa(lcTop) }
func (c LineChart) plotBottom() string { return itoa(lcHeight - lcBottom) }
func (c LineChart) labelLeft() string  { return itoa(lcLeft - 6) }
func (c LineChart) monthY() string     { return itoa(lcHeight - 8) }

// bounds is the value range the chart shows: always including 0 and the goal.
func (c LineChart) bounds() (lo, hi float64) {
	lo, hi = 0, c.Goal
	for _, s := range c.Series {
		for _, v := range s.Values {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	if hi <= lo {
		hi = lo + 1
	}
	return lo, hi * 1.05
}

func (c LineChart) months() int {
	n := 0
	for _, s := range c.Series {
		n = max(n, len(s.Values))
	}
	return max(n, 2)
}

func (c LineChart) x(i int) float64 {
	return lcLeft + float64(i)*float64(lcWidth-lcLeft-lcRight)/float64(c.months()-1)
}

func (c LineChart) y(v float64) float64 {
	lo, hi := c.bounds()
	return lcTop + (hi-v)/(hi-lo)*float64(lcHeight-lcTop-lcBottom)
}

func f1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// points is the SVG polyline of one series.
func (c LineChart) points(s Series) string {
	var b strings.Builder
	for i, v := range s.Values {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f1(c.x(i)) + "," + f1(c.y(v)))
	}
	return b.String()
}

// ticks are the y-axis labels: zero, the top, and the goal.
func (c LineChart) ticks() []float64 {
	_, hi := c.bounds()
	lo, _ := c.bounds()
	t := []float64{0, math.Round(hi / 1.05)}
	if lo < 0 {
		t = append(t, lo)
	}
	return t
}

func (c LineChart) monthTicks() []int {
	n := c.months()
	var out []int
	for m := 1; m <= n; m++ {
		if m == 1 || m%6 == 0 {
			out = append(out, m)
		}
	}
	return out
}

// monthAnchor keeps the last month's label inside the chart.
func (c LineChart) monthAnchor(m int) string {
	if m == c.months() {
		return "end"
	}
	return "middle"
}

// money writes v the chart's way: in its currency, US dollars by default.
func (c LineChart) money(v float64) string {
	if c.Amount == nil {
		return Money(v)
	}
	return c.Amount(v)
}
