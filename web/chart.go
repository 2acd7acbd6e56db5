package web

// Bar is one bar of a horizontal bar chart on a 0–100 scale.
type Bar struct {
	Label string
	Value int
	// Track colours the bar (a catalog track id such as "hybrid"). It is a
	// data attribute rather than a class: templ builds a class attribute
	// from an expression through a per-element class set, a tenth of the
	// result page's render time for 19 bars (docs/perf.md).
	Track string
	// Note is shown after the value, e.g. "set aside".
	Note string
}

// Chart geometry, in SVG user units. The SVG scales to its container (at
// most 30rem wide), so at 390 px the 14-unit labels draw at about 13 px.
// Each bar has its label on a line of its own above it, so a long path name
// has the chart's whole width and is never cut off on a phone.
const (
	chartWidth  = 360
	chartLabelH = 18 // label line
	chartBarH   = 14
	chartRow    = chartLabelH + chartBarH + 12
	chartValueW = 40 // room after the longest bar for its value
)

func chartHeight(n int) int { return n*chartRow + 4 }

func labelY(i int) int { return i*chartRow + 14 }

func barY(i int) int { return i*chartRow + chartLabelH + 2 }

// barWidth maps 0–100 onto the plot area, leaving room for the value.
func barWidth(v int) int {
	v = min(max(v, 0), 100)
	return v * (chartWidth - chartValueW) / 100
}

func valueX(v int) int { return barWidth(v) + 6 }

func viewBox(n int) string { return "0 0 " + itoa(chartWidth) + " " + itoa(chartHeight(n)) }
