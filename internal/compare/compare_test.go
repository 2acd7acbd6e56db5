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
		rateFrom   catalog.Provenance
		start      float64
		askRate    bool
		salaryFrom catalog.Provenance
		salary     float64
		askSalary  bool
		hours      catalog.Provenance
	}{
		{"SEO has the article's rates, the prompt engineer its salary", []string{"seo-consulting", "prompt-engineer"}, nil,
			catalog.FromArticle, 50, false, catalog.FromArticle, 175000, false, catalog.FromUs},
		{"social media starts at a public wage table's 25th percentile; ML engineering has a public median",
			[]string{"social-media-management", "ml-engineer-generative"}, nil,
			catalog.FromPublicSource, 22.42, false, catalog.FromPublicSource, 136620, false, catalog.FromUs},
		{"an ethics specialist has no salary anywhere: the person is asked", []string{"copywriting", "ai-ethics-specialist"},
			questionnaire.Answers{questionnaire.HustleHours: {"15"}},
			catalog.FromPublicSource, 29.89, false, catalog.FromUs, 0, true, catalog.FromAnswer},
		{"a micro-SaaS earns no hourly fee: the person is asked, and told why", []string{"ai-micro-saas", "prompt-engineer"}, nil,
			catalog.FromUs, 0, true, catalog.FromArticle, 175000, false, catalog.FromUs},
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
			start := d.For("hustle.start_rate")
			if start.From != tt.rateFrom || start.Value != tt.start || start.Ask != tt.askRate {
				t.Errorf("start rate %+v", start)
			}
			if start.Ask && !strings.Contains(start.Note, ps[0].Name) {
				t.Errorf("the rate question %q does not name the path", start.Note)
			}
			if start.From == catalog.FromArticle && start.Cite == nil {
				t.Error("the article's rate without its citation")
			}
			if start.From == catalog.FromPublicSource && (start.Source == nil || !strings.Contains(start.Note, "20")) {
				t.Errorf("a public rate must name its source and year: %+v", start)
			}
			salary := d.For("job.salary_per_year")
			if salary.From != tt.salaryFrom || salary.Value != tt.salary || salary.Ask != tt.askSalary {
				t.Errorf("salary %+v", salary)
			}
			if salary.From == catalog.FromPublicSource && (salary.Source == nil || !strings.Contains(salary.Note, "2022")) {
				t.Errorf("a public salary must name its source and year: %+v", salary)
			}
			if hours := d.For("hustle.hours_per_week"); hours.From != tt.hours {
				t.Errorf("hours %+v", hours)
			}
		})
	}
}

// TestNoDefaultBorrowsAnotherPathsFigure: for every pair of a side hustle
// and a job, a rate or salary default is the path's own figure (the
// article's, or a public one for its occupation), or the person is asked.
func TestNoDefaultBorrowsAnotherPathsFigure(t *testing.T) {
	for _, h := range catalog.All() {
		for _, j := range catalog.All() {
			if h.Mode != catalog.SideHustle || j.Mode != catalog.FullTime {
				continue
			}
			d := Defaults([]catalog.Path{h, j}, nil)
			published, _, hasRate := catalog.RateOf(h.ID)
			for _, key := range []string{"hustle.start_rate", "hustle.ramped_rate"} {
				r := d.For(key)
				own := (h.Income.Known && (r.Value == h.Income.Low || r.Value == h.Income.High)) ||
					(hasRate && (r.Value == published.Low || r.Value == published.Typical))
				if !(r.Ask && r.Value == 0) && !own {
					t.Errorf("%s %s = %+v: neither its own figure nor a question", h.ID, key, r)
				}
			}
			s := d.For("job.salary_per_year")
			near, hasPublic := catalog.EarningsOf(j).Nearest()
			own := (j.Income.Known && s.Value == j.Income.Low) || (hasPublic && s.Value == near.Low)
			if !(s.Ask && s.Value == 0) && !own {
				t.Errorf("%s salary = %+v: neither its own figure nor a question", j.ID, s)
			}
		}
	}
}

// TestTaxFeeAndBillableShareSayWhereTheyComeFrom: the three defaults every
// side-hustle projection leans on are labelled with their origin.
func TestTaxFeeAndBillableShareSayWhereTheyComeFrom(t *testing.T) {
	p, _ := catalog.ByID("copywriting")
	d := Defaults([]catalog.Path{p}, nil)
	tax, fee, billable := d.For("hustle.tax_pct"), d.For("hustle.platform_fee_pct"), d.For("hustle.billable_pct")
	if tax.Value != 15.3 || tax.From != catalog.FromPublicSource || tax.Source == nil || !strings.Contains(tax.Note, "US only") {
		t.Errorf("tax %+v: want 15.3%% from the IRS, said to be the US rate only", tax)
	}
	if fee.Value != 5 || fee.From != catalog.FromPublicSource || fee.Source == nil || !strings.Contains(fee.Source.Publisher, "Upwork") {
		t.Errorf("fee %+v: want Upwork's 5%% with its source", fee)
	}
	if billable.Value >= 100 || billable.From != catalog.FromUs || !strings.Contains(billable.Note, "assumption") {
		t.Errorf("billable share %+v: want below 100%%, labelled our assumption", billable)
	}
	// Every input says where its default comes from.
	for _, in := range Inputs() {
		if got := d.For(in.Key); got.From == "" && in.Counts(Comparison{Paths: []string{"copywriting"}}) {
			t.Errorf("%s has no provenance", in.Key)
		}
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
