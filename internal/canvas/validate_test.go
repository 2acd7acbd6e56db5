package canvas

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	long := func(n int) string { return strings.Repeat("é", n) } // 2 bytes a rune: limits count characters
	tests := []struct {
		name     string
		edit     func(*Canvas)
		wantKeys []string
		contains string // a phrase the first key's message must contain
	}{
		{name: "empty canvas is a valid draft", edit: func(c *Canvas) { *c = Canvas{} }},
		{name: "good canvas", edit: func(*Canvas) {}},
		{name: "short field at the limit", edit: func(c *Canvas) { c.Niche = long(MaxShortLen) }},
		{name: "box at the limit", edit: func(c *Canvas) { c.Advantage = long(MaxBoxLen) }},
		{name: "line breaks and tabs are fine", edit: func(c *Canvas) { c.Channels = "a\r\n\tb" }},
		{name: "title too long", edit: func(c *Canvas) { c.Title = long(MaxShortLen + 1) },
			wantKeys: []string{"title"}, contains: "Shorten the title to 200 characters or fewer (it has 201)"},
		{name: "box too long", edit: func(c *Canvas) { c.Commoditisation = long(MaxBoxLen + 500) },
			wantKeys: []string{"commoditisation"}, contains: "2,000 characters or fewer (it has 2,500)"},
		{name: "invalid UTF-8", edit: func(c *Canvas) { c.Niche = "caf\xe9" },
			wantKeys: []string{"niche"}, contains: "could not be read"},
		{name: "NUL byte", edit: func(c *Canvas) { c.ValueGet = "a\x00b" },
			wantKeys: []string{"value_get"}, contains: "control characters"},
		{name: "pain rows", edit: func(c *Canvas) {
			c.Pains = []PainPoint{
				{Severity: 0, Evidence: ""},
				{What: long(MaxBoxLen + 1), HowOften: long(MaxShortLen + 1), Severity: 6, Evidence: "proven"},
				{Severity: -1},
			}
		}, wantKeys: []string{"pains.1.evidence", "pains.1.how_often", "pains.1.severity", "pains.1.what", "pains.2.severity"},
			contains: "assumption, observed or validated"},
		{name: "too many pains", edit: func(c *Canvas) { c.Pains = make([]PainPoint, MaxPains+1) },
			wantKeys: []string{"pains"}, contains: "at most 10 pain points (there are 11)"},
		{name: "dependency rows", edit: func(c *Canvas) {
			c.Dependencies = []Dependency{{Platform: long(MaxShortLen + 1), Mitigation: "\x01", Evidence: "sure"}}
		}, wantKeys: []string{"dependencies.0.evidence", "dependencies.0.mitigation", "dependencies.0.platform"}},
		{name: "too many dependencies", edit: func(c *Canvas) { c.Dependencies = make([]Dependency, MaxDependencies+1) },
			wantKeys: []string{"dependencies"}},
		{name: "hours above range", edit: func(c *Canvas) { c.HoursPerWeek = MaxHoursPerWeek + 1 },
			wantKeys: []string{"hours_per_week"}, contains: "from 0 to 80"},
		{name: "negative hours", edit: func(c *Canvas) { c.HoursPerWeek = -1 }, wantKeys: []string{"hours_per_week"}},
		{name: "hours at the limit", edit: func(c *Canvas) { c.HoursPerWeek = MaxHoursPerWeek }},
		{name: "unknown answers", edit: func(c *Canvas) { c.RealProblem, c.JustifiesTime, c.Aligned = "maybe", "YES", "unsure" },
			wantKeys: []string{"justifies_time", "real_problem"}},
		{name: "reasons and path", edit: func(c *Canvas) {
			c.RealProblemWhy, c.JustifiesTimeWhy, c.AlignedWhy = long(MaxBoxLen+1), "\x7f", "\xff"
			c.PathID = long(MaxShortLen + 1)
		}, wantKeys: []string{"aligned_why", "justifies_time_why", "path_id", "real_problem_why"}},
		{name: "other boxes", edit: func(c *Canvas) {
			c.Alternatives, c.ValueGive, c.Price, c.Advantage = "\x00", "\x00", long(MaxShortLen+1), "\x00"
		}, wantKeys: []string{"advantage", "alternatives", "price", "value_give"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := good()
			tc.edit(&c)
			got := c.Validate()
			keys := slices.Sorted(maps.Keys(got))
			if !slices.Equal(keys, tc.wantKeys) {
				t.Fatalf("keys = %v, want %v (%v)", keys, tc.wantKeys, got)
			}
			for k, msg := range got {
				if msg == "" || !strings.HasSuffix(msg, ".") {
					t.Errorf("%s: message %q is not a sentence", k, msg)
				}
			}
			if tc.contains != "" && !strings.Contains(got[tc.wantKeys[0]], tc.contains) {
				t.Errorf("%s: %q does not contain %q", tc.wantKeys[0], got[tc.wantKeys[0]], tc.contains)
			}
		})
	}
}
