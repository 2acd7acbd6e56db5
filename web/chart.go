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
}

// Chart geometry, in SVG user units; the SVG scales to its container.
const (
	chartWidth  = 640
	chartLabelW = 230
	chartBarH   = 22
	chartGap    = 10
	chartTop    = 8
)

func chartHeight(n int) int { return chartTop*2 + n*(chartBarH+chartGap) }

func barY(i int) int { return chartTop + i*(chartBarH+chartGap) }

// barWidth maps 0–100 onto the plot area, leaving room for the value label.
func barWidth(v int) int {
	v = min(max(v, 0), 100)
	return v * (chartWidth - chartLabelW - 50) / 100
}

func viewBox(n int) string { return "0 0 " + itoa(chartWidth) + " " + itoa(chartHeight(n)) }
