package canvas

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzCanvas spreads a few fuzzed values over every field, with up to 12
// rows (past both row limits), every third row blank and every other
// dependency mitigated.
func fuzzCanvas(niche, what, howOften string, severity int, evidence, platform, mitigation, answer string, hours, rows int) Canvas {
	c := Canvas{
		Title: niche, Niche: niche, Alternatives: what, ValueGet: what, ValueGive: howOften, Price: howOften,
		Advantage: mitigation, Channels: platform, Commoditisation: mitigation, HoursPerWeek: hours,
		RealProblem: Answer(answer), JustifiesTime: Answer(evidence), Aligned: Yes,
		RealProblemWhy: what, JustifiesTimeWhy: mitigation, PathID: platform,
	}
	for i := range int(uint(rows) % 13) {
		if i%3 == 2 {
			c.Pains = append(c.Pains, PainPoint{})
			c.Dependencies = append(c.Dependencies, Dependency{})
			continue
		}
		c.Pains = append(c.Pains, PainPoint{What: what, HowOften: howOften, Severity: severity + i, Evidence: Evidence(evidence)})
		d := Dependency{Platform: platform, Evidence: Evidence(evidence)}
		if i%2 == 0 {
			d.Mitigation = mitigation
		}
		c.Dependencies = append(c.Dependencies, d)
	}
	return c
}

var validateKey = regexp.MustCompile(`^(title|niche|pains|alternatives|value_get|value_give|price|advantage|channels|dependencies|commoditisation|hours_per_week|real_problem|justifies_time|aligned|real_problem_why|justifies_time_why|aligned_why|path_id|pains\.\d+\.(what|how_often|severity|evidence)|dependencies\.\d+\.(platform|mitigation|evidence)|tests|tests\.\d+\.(belief|test|measure|pass_mark|seen|means|decision))$`)

func FuzzValidate(f *testing.F) {
	f.Fuzz(func(t *testing.T, niche, what, howOften string, severity int, evidence, platform, mitigation, answer string, hours, rows int) {
		c := fuzzCanvas(niche, what, howOften, severity, evidence, platform, mitigation, answer, hours, rows)
		problems := c.Validate()
		for k, msg := range problems {
			if !validateKey.MatchString(k) {
				t.Errorf("unexpected key %q", k)
			}
			if msg == "" || !utf8.ValidString(msg) {
				t.Errorf("%s: bad message %q", k, msg)
			}
		}
		if len(problems) > 0 {
			return
		}
		// Whatever Validate accepts must be within the documented limits.
		if len(c.Pains) > MaxPains || c.HoursPerWeek < 0 || c.HoursPerWeek > MaxHoursPerWeek ||
			!Evidence(evidence).Valid() || !Answer(answer).Valid() || utf8.RuneCountInString(niche) > MaxShortLen {
			t.Errorf("Validate accepted an out-of-range canvas: %+v", c)
		}
		for _, p := range c.Pains {
			if p.Severity != 0 && (p.Severity < MinSeverity || p.Severity > MaxSeverity) {
				t.Errorf("Validate accepted severity %d", p.Severity)
			}
		}
	})
}

func FuzzCheck(f *testing.F) {
	rules := map[string]bool{}
	for _, r := range Rules() {
		rules[r.ID] = true
	}
	f.Fuzz(func(t *testing.T, niche, what, howOften string, severity int, evidence, platform, mitigation, answer string, hours, rows, free int) {
		c := fuzzCanvas(niche, what, howOften, severity, evidence, platform, mitigation, answer, hours, rows)
		r := Check(c, free)
		if r.Readiness < 0 || r.Readiness > 100 {
			t.Fatalf("readiness %d out of range", r.Readiness)
		}
		sum := 0
		for _, it := range r.Breakdown {
			if it.Points < 0 || it.Points > it.Max {
				t.Errorf("%s: %d points of %d", it.Key, it.Points, it.Max)
			}
			sum += it.Points
		}
		if sum != r.Readiness || len(r.Breakdown) != len(weights) {
			t.Errorf("breakdown sums to %d over %d items, readiness %d", sum, len(r.Breakdown), r.Readiness)
		}
		for _, fd := range r.Findings {
			if !rules[fd.Rule] || (fd.Severity != Warn && fd.Severity != Info) || fd.Message == "" {
				t.Errorf("bad finding %+v", fd)
			}
		}
		if r.Riskiest != nil {
			kind, idx, _ := strings.Cut(r.Riskiest.Box, ".")
			n, err := strconv.Atoi(idx)
			if err != nil || (kind == "pains" && n >= len(c.Pains)) || (kind == "dependencies" && n >= len(c.Dependencies)) ||
				(kind != "pains" && kind != "dependencies") {
				t.Errorf("riskiest points nowhere: %q", r.Riskiest.Box)
			}
			if r.Riskiest.Summary == "" || r.Riskiest.Why == "" {
				t.Errorf("riskiest lacks text: %+v", r.Riskiest)
			}
		}
	})
}
