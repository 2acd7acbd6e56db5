package canvas

import (
	"strings"
	"testing"
)

func TestRiskiest(t *testing.T) {
	tests := []struct {
		name        string
		pains       []PainPoint
		deps        []Dependency
		wantBox     string // "" = nil
		wantSummary string
		wantWhy     string // a phrase Why must contain
	}{
		{name: "nothing listed"},
		{name: "only blank rows", pains: []PainPoint{{}}, deps: []Dependency{{}}},
		{name: "everything validated",
			pains: []PainPoint{{What: "a", Severity: 5, Evidence: Validated}},
			deps:  []Dependency{{Platform: "p", Evidence: Validated}}},
		{
			// 2×5 = 10 beats 2×2 = 4
			name:    "higher severity wins at equal evidence",
			pains:   []PainPoint{{What: "mild", Severity: 2}, {What: "  severe  ", Severity: 5}},
			wantBox: "pains.1", wantSummary: "severe", wantWhy: "rated 5 of 5 and it is still an assumption",
		},
		{
			// assumption 2×3 = 6 beats observed 1×5 = 5
			name:    "weaker evidence can outweigh severity",
			pains:   []PainPoint{{What: "seen", Severity: 5, Evidence: Observed}, {What: "guess", Severity: 3, Evidence: Assumption}},
			wantBox: "pains.1", wantSummary: "guess",
		},
		{
			// observed 1×5 = 5 beats assumption 2×2 = 4
			name:    "severity can outweigh weaker evidence",
			pains:   []PainPoint{{What: "seen", Severity: 5, Evidence: Observed}, {What: "guess", Severity: 2}},
			wantBox: "pains.0", wantSummary: "seen", wantWhy: "observed but not validated",
		},
		{
			// observed 1×4 = 4 ties assumption 2×2 = 4; the weaker evidence wins the tie
			name:    "tie goes to weaker evidence",
			pains:   []PainPoint{{What: "seen", Severity: 4, Evidence: Observed}, {What: "guess", Severity: 2}},
			wantBox: "pains.1", wantSummary: "guess",
		},
		{
			// unset severity counts as 3: 2×3 = 6 ties 2×3 = 6; canvas order breaks the tie
			name:    "unset severity counts as the middle",
			pains:   []PainPoint{{What: "unrated", HowOften: "daily"}, {What: "rated", Severity: 3}},
			wantBox: "pains.0", wantSummary: "unrated", wantWhy: "counted as 3 of 5",
		},
		{
			// unmitigated dependency 2×5 = 10 ties a severity-5 pain; pains come first
			name:    "pain before dependency on a full tie",
			pains:   []PainPoint{{What: "pain", Severity: 5}},
			deps:    []Dependency{{Platform: "Etsy"}},
			wantBox: "pains.0", wantSummary: "pain",
		},
		{
			// mitigated dependency 2×4 = 8 beats a severity-3 pain 2×3 = 6
			name:    "dependencies count as severe",
			pains:   []PainPoint{{What: "pain", Severity: 3}},
			deps:    []Dependency{{Platform: " Etsy ", Mitigation: "own shop"}},
			wantBox: "dependencies.0", wantSummary: "Relying on Etsy", wantWhy: "severity 4 of 5",
		},
		{
			// unmitigated 2×5 = 10 beats mitigated 2×4 = 8
			name:    "unmitigated dependency weighs more",
			deps:    []Dependency{{Platform: "A", Mitigation: "B"}, {Platform: "Instagram"}},
			wantBox: "dependencies.1", wantSummary: "Relying on Instagram", wantWhy: "no plan B",
		},
		{
			// observed mitigated dependency 1×4 = 4 beats an observed severity-3 pain 1×3 = 3
			name:    "observed plan B",
			pains:   []PainPoint{{What: "pain", Severity: 3, Evidence: Observed}},
			deps:    []Dependency{{Platform: "Etsy", Mitigation: "own shop", Evidence: Observed}},
			wantBox: "dependencies.0", wantSummary: "Relying on Etsy", wantWhy: "plan B that has been seen to work",
		},
		{
			name:    "unnamed rows get a generated summary",
			pains:   []PainPoint{{HowOften: "daily", Severity: 1}},
			deps:    []Dependency{{Mitigation: "own list"}},
			wantBox: "dependencies.0", wantSummary: "Platform dependency 1",
		},
		{
			name:    "unnamed pain",
			pains:   []PainPoint{{HowOften: "daily", Severity: 5}},
			wantBox: "pains.0", wantSummary: "Pain point 1",
		},
		{
			name:    "validated claims are skipped",
			pains:   []PainPoint{{What: "proven", Severity: 5, Evidence: Validated}, {What: "hunch", Severity: 1}},
			wantBox: "pains.1", wantSummary: "hunch",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Check(Canvas{Pains: tc.pains, Dependencies: tc.deps}, -1).Riskiest
			if tc.wantBox == "" {
				if r != nil {
					t.Fatalf("riskiest = %+v, want nil", r)
				}
				return
			}
			if r == nil {
				t.Fatalf("riskiest = nil, want %s", tc.wantBox)
			}
			if r.Box != tc.wantBox || r.Summary != tc.wantSummary {
				t.Errorf("riskiest = %s %q, want %s %q", r.Box, r.Summary, tc.wantBox, tc.wantSummary)
			}
			if !strings.Contains(r.Why, tc.wantWhy) {
				t.Errorf("why = %q, want it to contain %q", r.Why, tc.wantWhy)
			}
		})
	}
}
