package server

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/web"
)

// maxCanvasRows bounds how many rows a (forged) form can make the server
// decode and render; Validate still reports anything past the real limits.
const maxCanvasRows = 50

// decodeCanvasInput reads the form values. Unknown keys are ignored and a
// repeated key counts once (its first value), so no crafted form can do
// more than a person typing could.
func decodeCanvasInput(v url.Values) web.CanvasInput {
	in := web.CanvasInput{
		Title: canvasFormText(v, "title"), Niche: canvasFormText(v, "niche"),
		Alternatives: canvasFormText(v, "alternatives"), ValueGet: canvasFormText(v, "value_get"), ValueGive: canvasFormText(v, "value_give"),
		Price: canvasFormText(v, "price"), Advantage: canvasFormText(v, "advantage"), Channels: canvasFormText(v, "channels"),
		Commoditisation: canvasFormText(v, "commoditisation"), Hours: canvasFormText(v, "hours_per_week"),
		Answers: map[string]string{}, Whys: map[string]string{},
	}
	for _, i := range canvasRowIndexes(v, "pains.", "what", "how_often", "severity", "evidence") {
		k := "pains." + strconv.Itoa(i) + "."
		in.Pains = append(in.Pains, web.CanvasPainInput{
			What: canvasFormText(v, k+"what"), HowOften: canvasFormText(v, k+"how_often"),
			Severity: canvasFormText(v, k+"severity"), Evidence: canvasFormText(v, k+"evidence"),
		})
	}
	for _, i := range canvasRowIndexes(v, "dependencies.", "platform", "mitigation", "evidence") {
		k := "dependencies." + strconv.Itoa(i) + "."
		in.Dependencies = append(in.Dependencies, web.CanvasDependencyInput{
			Platform: canvasFormText(v, k+"platform"), Mitigation: canvasFormText(v, k+"mitigation"), Evidence: canvasFormText(v, k+"evidence"),
		})
	}
	for _, q := range canvas.Questions() {
		in.Answers[q.Key], in.Whys[q.Key] = canvasFormText(v, q.Key), canvasFormText(v, q.Key+"_why")
	}
	return in
}

// canvasFormText reads one value as a textarea means it: browsers send line breaks
// as CRLF, which would count twice against the length limits.
func canvasFormText(v url.Values, key string) string {
	return strings.TrimSpace(strings.ReplaceAll(v.Get(key), "\r\n", "\n"))
}

// canvasRowIndexes finds the row numbers used in keys such as "pains.3.what",
// sorted, so gaps left by a crafted form close up instead of making empty
// rows. Only plain decimal numbers count.
func canvasRowIndexes(v url.Values, prefix string, fields ...string) []int {
	seen := map[int]bool{}
	for k := range v {
		rest, ok := strings.CutPrefix(k, prefix)
		if !ok {
			continue
		}
		num, field, ok := strings.Cut(rest, ".")
		if !ok || !slices.Contains(fields, field) || num == "" || len(num) > 4 ||
			strings.ContainsFunc(num, func(r rune) bool { return r < '0' || r > '9' }) {
			continue
		}
		n, _ := strconv.Atoi(num)
		seen[n] = true
	}
	idx := make([]int, 0, len(seen))
	for n := range seen {
		idx = append(idx, n)
	}
	slices.Sort(idx)
	if len(idx) > maxCanvasRows {
		idx = idx[:maxCanvasRows]
	}
	return idx
}
