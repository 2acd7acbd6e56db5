package canvas

import "testing"

func TestReadiness(t *testing.T) {
	tests := []struct {
		name string
		c    Canvas
		want map[string]int // points per item; missing keys are 0
	}{
		{name: "empty canvas", c: Canvas{}, want: map[string]int{}},
		{
			// evidence: one observed pain + one observed dependency = 1+1 of 2×2 → 10×2/4 = 5.
			// 15 + 15 + 5 + 15 + 10 + 5 + 5 + 10 + 15 = 95
			name: "good canvas, observed evidence",
			c:    good(),
			want: map[string]int{"niche": 15, "pains": 15, "evidence": 5, "value": 15, "channels": 10,
				"advantage": 5, "commoditisation": 5, "dependencies": 10, "questions": 15},
		},
		{
			name: "good canvas, everything validated",
			c: func() Canvas {
				c := good()
				c.Pains[0].Evidence, c.Dependencies[0].Evidence = Validated, Validated
				return c
			}(),
			want: map[string]int{"niche": 15, "pains": 15, "evidence": 10, "value": 15, "channels": 10,
				"advantage": 5, "commoditisation": 5, "dependencies": 10, "questions": 15},
		},
		{
			// niche vague → 0
			// pains: 3 listed (the blank row does not count), 2 complete → 15×2/3 = 10
			// evidence: assumption 0 + observed 1 + validated 2 + dependency assumption 0 + 0
			//           = 3 of 2×5 = 10 → 10×3/10 = 3
			// value: both sides 5, no price 0, "3" in ValueGet 5 → 10
			// channels 0, advantage 5, commoditisation 0
			// dependencies: 2 listed, 1 mitigated → 10×1/2 = 5
			// questions: yes, no, unsure → 5
			// total 0+10+3+10+0+5+0+5+5 = 38
			name: "partial canvas",
			c: Canvas{
				Niche: "small businesses",
				Pains: []PainPoint{
					{What: "a", HowOften: "daily", Severity: 3, Evidence: Assumption},
					{What: "b", HowOften: "weekly", Severity: 5, Evidence: Observed},
					{},
					{What: "c", Severity: 2, Evidence: Validated},
				},
				ValueGet: "Saves 3 hours a week", ValueGive: "a fee",
				Advantage:    "ten years in logistics",
				Dependencies: []Dependency{{Platform: "x", Mitigation: "y"}, {Platform: "z"}},
				RealProblem:  Yes, JustifiesTime: No, Aligned: Unsure,
			},
			want: map[string]int{"pains": 10, "evidence": 3, "value": 10, "advantage": 5, "dependencies": 5, "questions": 5},
		},
		{
			// pains: 7 listed, 1 complete → 15×1/7 = 2.14 → 2 (rounded down)
			// evidence: 7 assumptions → 0
			name: "rounding down",
			c: Canvas{Pains: []PainPoint{
				{What: "a", HowOften: "daily", Severity: 1},
				{What: "b"}, {What: "c"}, {What: "d"}, {What: "e"}, {What: "f"}, {What: "g"},
			}},
			want: map[string]int{"pains": 2},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Check(tc.c, -1)
			if len(r.Breakdown) != len(weights) {
				t.Fatalf("breakdown has %d items, want %d", len(r.Breakdown), len(weights))
			}
			sum, wantTotal := 0, 0
			for _, it := range r.Breakdown {
				if it.Points != tc.want[it.Key] {
					t.Errorf("%s = %d, want %d", it.Key, it.Points, tc.want[it.Key])
				}
				sum += it.Points
				wantTotal += tc.want[it.Key]
			}
			if r.Readiness != sum || r.Readiness != wantTotal {
				t.Errorf("readiness = %d, breakdown sums to %d, want %d", r.Readiness, sum, wantTotal)
			}
		})
	}
}

func TestReadinessModelSumsTo100(t *testing.T) {
	total := 0
	for _, w := range ReadinessModel() {
		if w.Label == "" || w.How == "" {
			t.Errorf("weight %q lacks a label or explanation", w.Key)
		}
		total += w.Max
	}
	if total != 100 {
		t.Errorf("weights sum to %d, want 100", total)
	}
}
