package compare

import (
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

func sumPoints(ws []Weight) int {
	n := 0
	for _, w := range ws {
		n += w.Points
	}
	return n
}

func weightOf(ws []Weight, axis string) int {
	for _, w := range ws {
		if w.Axis == axis {
			return w.Points
		}
	}
	return -1
}

func TestNeutralWeightsAreEqualAndSumTo100(t *testing.T) {
	ws := Weights(nil)
	if len(ws) != len(catalog.Axes()) {
		t.Fatalf("%d weights for %d axes", len(ws), len(catalog.Axes()))
	}
	if sumPoints(ws) != 100 {
		t.Fatalf("weights sum to %d", sumPoints(ws))
	}
	for _, w := range ws {
		// 100 / 9 = 11.1: every axis gets 11 or 12.
		if w.Points < 11 || w.Points > 12 {
			t.Errorf("%s = %d points; want 11 or 12 with no assessment", w.Axis, w.Points)
		}
	}
}

func TestWeightsFollowWhatMatters(t *testing.T) {
	tests := []struct {
		axis      string
		low, high questionnaire.Answers
	}{
		{"volatility", questionnaire.Answers{questionnaire.GoalStability: {"1"}}, questionnaire.Answers{questionnaire.GoalStability: {"5"}}},
		{"time-to-first-income", questionnaire.Answers{questionnaire.GoalUrgency: {"later"}}, questionnaire.Answers{questionnaire.GoalUrgency: {"month"}}},
		{"upfront-investment", questionnaire.Answers{questionnaire.Budget: {"20000"}}, questionnaire.Answers{questionnaire.Budget: {"0"}}},
		{"platform-dependency", questionnaire.Answers{questionnaire.RiskPlatforms: {"5"}}, questionnaire.Answers{questionnaire.RiskPlatforms: {"1"}}},
		{"learning-curve", questionnaire.Answers{questionnaire.AILearningCurve: {"5"}}, questionnaire.Answers{questionnaire.AILearningCurve: {"1"}}},
		{"flexibility", questionnaire.Answers{questionnaire.GoalAutonomy: {"1"}}, questionnaire.Answers{questionnaire.GoalAutonomy: {"5"}}},
	}
	for _, tt := range tests {
		t.Run(tt.axis, func(t *testing.T) {
			lo, hi := weightOf(Weights(tt.low), tt.axis), weightOf(Weights(tt.high), tt.axis)
			if hi <= lo {
				t.Errorf("%s weighs %d when it matters most, %d when least", tt.axis, hi, lo)
			}
		})
	}
}

func TestMalformedAnswersCountAsNeutral(t *testing.T) {
	bad := questionnaire.Answers{questionnaire.GoalStability: {"eleven"}, questionnaire.Budget: {"-5"}, questionnaire.GoalUrgency: {"someday"}, questionnaire.RiskPlatforms: {"9"}}
	got, want := Weights(bad), Weights(nil)
	for i := range got {
		if got[i].Points != want[i].Points {
			t.Errorf("%s = %d with malformed answers; neutral is %d", got[i].Axis, got[i].Points, want[i].Points)
		}
	}
}

func TestScoreBreakdownAddsUp(t *testing.T) {
	for _, answers := range []questionnaire.Answers{nil, {questionnaire.GoalStability: {"5"}, questionnaire.GoalUrgency: {"month"}, questionnaire.Budget: {"0"}}} {
		ws := Weights(answers)
		for _, p := range catalog.All() {
			o := Score(p, ws)
			sum, max := 0, 0
			for _, b := range o.Breakdown {
				sum += b.Points
				max += b.Max
				if b.Points < 0 || b.Points > b.Max {
					t.Errorf("%s/%s: %d of %d points", p.ID, b.Axis, b.Points, b.Max)
				}
			}
			if sum != o.Score || max != 100 || o.Score < 0 || o.Score > 100 {
				t.Errorf("%s: score %d, breakdown sums to %d of %d", p.ID, o.Score, sum, max)
			}
		}
	}
}

func TestIdealPathScores100(t *testing.T) {
	ideal := catalog.Path{ID: "ideal"}
	for _, w := range Weights(nil) {
		level := 1
		if w.PreferHigh {
			level = 5
		}
		r := catalog.Rated{Level: level}
		switch w.Axis {
		case "learning-curve":
			ideal.LearningCurve = r
		case "upfront-investment":
			ideal.UpfrontInvestment = r
		case "time-to-first-income":
			ideal.TimeToFirstIncome = r
		case "demand":
			ideal.Demand = r
		case "volatility":
			ideal.Volatility = r
		case "flexibility":
			ideal.Flexibility = r
		case "future-proofing":
			ideal.FutureProofing = r
		case "platform-dependency":
			ideal.PlatformDependency = r
		case "commoditisation":
			ideal.Commoditisation = r
		}
	}
	if got := Score(ideal, Weights(nil)).Score; got != 100 {
		t.Errorf("a path at the preferred end of every axis scores %d; want 100", got)
	}
}

// A person who needs stability should rank a steady marketing path above a
// volatile AI job, as the second article describes the two markets.
func TestStabilitySeekerPrefersSteadyPath(t *testing.T) {
	seo, _ := catalog.ByID("seo-consulting")
	pe, _ := catalog.ByID("prompt-engineer")
	ws := Weights(questionnaire.Answers{questionnaire.GoalStability: {"5"}, questionnaire.GoalUrgency: {"month"}, questionnaire.AILearningCurve: {"1"}})
	if s, p := Score(seo, ws).Score, Score(pe, ws).Score; s <= p {
		t.Errorf("SEO %d ≤ prompt engineer %d for someone who needs stability and income soon", s, p)
	}
}

func TestGaps(t *testing.T) {
	p := catalog.Path{Skills: []catalog.SkillNeed{{Skill: catalog.Programming, Level: 4}, {Skill: catalog.Writing, Level: 2}, {Skill: catalog.Maths, Level: 3}}}
	q := map[catalog.Skill]string{catalog.Programming: questionnaire.SkillProgramming, catalog.Writing: questionnaire.SkillWriting, catalog.Maths: questionnaire.SkillMaths}
	got := Gaps(p, questionnaire.Answers{questionnaire.SkillProgramming: {"2"}, questionnaire.SkillWriting: {"5"}, questionnaire.SkillMaths: {"x"}}, q)
	want := []SkillGap{{catalog.Programming, 4, 2, 2}, {catalog.Writing, 2, 5, 0}, {catalog.Maths, 3, 0, 0}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("gap %d = %+v; want %+v", i, got[i], want[i])
		}
	}
}

func TestDefaultsAreHonestAboutTheirOrigin(t *testing.T) {
	path := func(id string) catalog.Path {
		p, ok := catalog.ByID(id)
		if !ok {
			t.Fatalf("no path %q", id)
		}
		return p
	}
	tests := []struct {
		name       string
		paths      []string
		answers    questionnaire.Answers
		rateOrigin Origin
		start      float64
		salary     Origin
		hours      Origin
	}{
		{"SEO has its own rates", []string{"seo-consulting", "prompt-engineer"}, nil, FromPath, 50, FromPath, Placeholder},
		{"social media borrows SEO's, labelled", []string{"social-media-management", "ai-ethics-specialist"}, nil, FromReference, 50, FromReference, Placeholder},
		{"answers fill hours", []string{"copywriting", "prompt-engineer"}, questionnaire.Answers{questionnaire.HustleHours: {"15"}}, FromReference, 50, FromPath, FromAnswers},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps []catalog.Path
			for _, id := range tt.paths {
				ps = append(ps, path(id))
			}
			d := Defaults(ps, tt.answers)
			if d.HustlePath != tt.paths[0] || d.JobPath != tt.paths[1] {
				t.Errorf("projected %q vs %q", d.HustlePath, d.JobPath)
			}
			if start := d.For("hustle.start_rate"); start.Origin != tt.rateOrigin || start.Value != tt.start || start.Cite == nil {
				t.Errorf("start rate %+v", start)
			}
			if tt.rateOrigin == FromReference && !strings.Contains(d.For("hustle.start_rate").Note, ps[0].Name) {
				t.Errorf("reference note %q does not name the path it stands in for", d.For("hustle.start_rate").Note)
			}
			if salary := d.For("job.salary_per_year"); salary.Origin != tt.salary || salary.Value != 175000 {
				t.Errorf("salary %+v", salary)
			}
			if hours := d.For("hustle.hours_per_week"); hours.Origin != tt.hours {
				t.Errorf("hours %+v", hours)
			}
		})
	}
}

func FuzzWeightsAndScore(f *testing.F) {
	f.Add("3", "month", "500", "5", "2")
	f.Add("", "", "", "", "")
	f.Add("-1", "\xff", "99999999999999999999", "NaN", "1e9")
	f.Fuzz(func(t *testing.T, stability, urgency, budget, platforms, domain string) {
		ws := Weights(questionnaire.Answers{
			questionnaire.GoalStability: {stability}, questionnaire.GoalUrgency: {urgency}, questionnaire.Budget: {budget},
			questionnaire.RiskPlatforms: {platforms}, questionnaire.SkillDomain: {domain},
		})
		if sumPoints(ws) != 100 {
			t.Fatalf("weights sum to %d", sumPoints(ws))
		}
		for _, w := range ws {
			if w.Points < 0 {
				t.Fatalf("negative weight %+v", w)
			}
		}
		for _, p := range catalog.All() {
			if s := Score(p, ws).Score; s < 0 || s > 100 {
				t.Fatalf("%s scored %d", p.ID, s)
			}
		}
	})
}
