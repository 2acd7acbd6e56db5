package web_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/projection"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/web"
)

// stable values a stable income, shuns a steep learning curve and has no
// budget (the answers of compare's own verdict tests).
func stable() questionnaire.Answers {
	return questionnaire.Answers{questionnaire.GoalStability: {"5"}, questionnaire.AILearningCurve: {"1"}, questionnaire.Budget: {"0"}}
}

// savedComparison is SEO consulting (and others) at 10 hours a week,
// $50 rising to $150 an hour over 12 months, no fee or tax, against a
// $175,000 job paid from month 13: the server tests' arithmetic (the
// $6,000 goal is reached in month 13).
func savedComparison(paths ...string) compare.Comparison {
	return compare.Comparison{
		Paths: paths, Goal: 6000,
		Hustle: projection.SideHustle{HoursPerWeek: 10, WeeksOffPerYear: 4, StartRate: 50, RampedRate: 150, RampMonths: 12, BillablePct: 100, UpfrontCost: 500},
		Job:    projection.Job{SalaryPerYear: 175000, LearningMonths: 12},
	}
}

func verdictText(t *testing.T, v web.ComparisonView) (sentences, moneyLines string) {
	t.Helper()
	if v.Verdict == nil {
		t.Fatal("no verdict")
	}
	var m []string
	for _, l := range v.Verdict.Money {
		m = append(m, l.Path+": "+l.Text)
	}
	return strings.Join(v.Verdict.Sentences, " "), strings.Join(m, "\n")
}

var secondPersonWords = regexp.MustCompile(`(?i)\b(you|your|yours)\b`)

func TestComparisonVerdictSaysWhoLeadsWhyAndWhatWouldChangeIt(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		paths   []string
		answers questionnaire.Answers
		voice   scoring.Voice
		want    []string
		wantNot []string
	}{
		{"owner, linked, clear lead, no tip", []string{"prompt-engineer", "seo-consulting"}, stable(), scoring.Owner,
			[]string{"On your answers, SEO consulting comes out ahead of Prompt engineer by ", ", mostly on ", "No single changed answer would change that."},
			[]string{"close call", "Weighing every axis"}},
		{"share, linked, clear lead", []string{"prompt-engineer", "seo-consulting"}, stable(), scoring.Viewer,
			[]string{"On the owner's answers, SEO consulting comes out ahead of Prompt engineer by "}, nil},
		{"owner, unlinked, clear lead", []string{"seo-consulting", "prompt-engineer"}, nil, scoring.Owner,
			[]string{"Weighing every axis the same, SEO consulting comes out ahead of Prompt engineer by 40 points (72/100 against 32/100)"},
			[]string{"On your answers"}},
		{"owner, unlinked, three paths", []string{"seo-consulting", "prompt-engineer", "ai-consulting"}, nil, scoring.Owner,
			[]string{"SEO consulting comes out ahead of Freelance AI consulting by 16 points (72/100 against 56/100), with Prompt engineer at 32/100"}, nil},
		{"share, unlinked, three paths", []string{"seo-consulting", "prompt-engineer", "ai-consulting"}, nil, scoring.Viewer,
			[]string{"Weighing every axis the same, SEO consulting comes out ahead of Freelance AI consulting", "with Prompt engineer at 32/100"}, nil},
		{"owner, linked, close call with a tip", []string{"seo-consulting", "paid-ads"}, stable(), scoring.Owner,
			[]string{"On your answers, it is a close call: ", " by only 1 point", "If you answered “Yes, gladly” to “Willing to take on a steep, academic learning curve” instead, ",
				" would come out ahead by ", "(it weighs learning curve less)"}, nil},
		{"share, linked, close call with a tip", []string{"seo-consulting", "paid-ads"}, stable(), scoring.Viewer,
			[]string{"On the owner's answers, it is a close call: ", "If they answered “Yes, gladly” to “Willing to take on a steep, academic learning curve” instead, "}, nil},
		{"owner, unlinked, level, with a tip", []string{"seo-consulting", "paid-ads"}, nil, scoring.Owner,
			[]string{"Weighing every axis the same, it is a close call: ", " are level at ", "If your answers weighed the axes and you answered “No” to “Willing to take on a steep, academic learning curve”, ",
				"(it weighs learning curve more)"}, []string{"mostly on"}},
		{"share, unlinked, close call, no tip", []string{"social-media-management", "seo-consulting"}, nil, scoring.Viewer,
			[]string{"it is a close call: ", " by only 3 points", "No single changed answer would put another path ahead."}, nil},
		{"owner, linked, a budget tip", []string{"ai-ethics-specialist", "ai-micro-saas"}, stable(), scoring.Owner,
			[]string{"If you could invest $5,000 or more up front instead, ", "(it weighs upfront investment less)"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			words, _ := verdictText(t, web.ComparisonViewOf(savedComparison(tc.paths...), tc.answers, tc.voice))
			for _, w := range tc.want {
				if !strings.Contains(words, w) {
					t.Errorf("verdict %q\ndoes not say %q", words, w)
				}
			}
			for _, w := range tc.wantNot {
				if strings.Contains(words, w) {
					t.Errorf("verdict %q\nsays %q", words, w)
				}
			}
			if tc.voice == scoring.Viewer && secondPersonWords.MatchString(words) {
				t.Errorf("share view's verdict speaks to its reader: %q", words)
			}
		})
	}
}

func TestComparisonMoneyLinesAgreeWithTheChart(t *testing.T) {
	t.Parallel()
	s := savedComparison("seo-consulting", "prompt-engineer", "ai-consulting")
	s.JobGoal, s.TakeHome = 20000, 5000
	_, owner := verdictText(t, web.ComparisonViewOf(s, nil, scoring.Owner))
	// 40 billable hours at $150 from month 13: $6,000, nothing taken off.
	for _, w := range []string{
		"SEO consulting: about $6,000 a month at your 10 hours a week once established (month 13 on), after fees, costs and tax as entered; it reaches your $6,000 goal in month 13.",
		"Prompt engineer: $14,583 a month before tax ($175,000 a year) from month 13, $5,417 short of the $20,000 you said a new job must pay; $14,583 after tax as entered, against the $5,000 you take home today.",
		"Freelance AI consulting: about ", "(Not in the chart: it projects the first side hustle and the first job chosen.)",
	} {
		if !strings.Contains(owner, w) {
			t.Errorf("money lines\n%s\ndo not say %q", owner, w)
		}
	}

	// A goal out of reach at the hours given says what it would take.
	s.Goal = 9000
	_, share := verdictText(t, web.ComparisonViewOf(s, nil, scoring.Viewer))
	want := "it does not reach their $9,000 goal in 24 months: that takes about 15 hours a week" // 9,000/150 = 60 h a month = 15 h a week
	if !strings.Contains(share, want) || secondPersonWords.MatchString(share) {
		t.Errorf("share money lines\n%s\nwant %q and no second person", share, want)
	}

	// A reader outside the United States reads the US figures as such.
	uk := questionnaire.Answers{questionnaire.Country: {string(money.UK)}}
	_, british := verdictText(t, web.ComparisonViewOf(savedComparison("seo-consulting", "prompt-engineer"), uk, scoring.Owner))
	if !strings.Contains(british, "about US$6,000 a month") || !strings.Contains(british, "US$14,583 a month before tax") {
		t.Errorf("UK reader's money lines: %s", british)
	}
}

func TestComparisonWithErrorsShowsNoMoneyLine(t *testing.T) {
	t.Parallel()
	v := web.ComparisonEditor("/comparisons", savedComparison("seo-consulting", "prompt-engineer"), map[string]string{"hustle.hours_per_week": "lots"},
		map[string]string{"hustle.hours_per_week": "Enter the hours as a number"}, nil, "")
	if v.Verdict == nil || len(v.Verdict.Money) != 0 || len(v.Verdict.Sentences) == 0 {
		t.Errorf("with an invalid input: verdict %+v; want the ranking and no money from invalid inputs", v.Verdict)
	}
}

// The owner's inputs open only where they differ from the pre-filled
// defaults (or hold an error); a figure no source gives is named in the
// section's summary.
func TestComparisonFormOpensOnlyWhatDiffers(t *testing.T) {
	t.Parallel()
	paths := []string{"seo-consulting", "prompt-engineer"}
	prefilled, d := compare.New(paths, nil)
	f, _ := web.ComparisonFormView("/comparisons", prefilled, nil, nil, d, "")
	if f.HustleOpen || f.JobOpen || f.PathsOpen || f.HustleChanged != 0 || f.JobChanged != 0 {
		t.Errorf("pre-filled: open hustle %v, job %v, paths %v; changed %d, %d; want all closed", f.HustleOpen, f.JobOpen, f.PathsOpen, f.HustleChanged, f.JobChanged)
	}

	changed := prefilled
	changed.Hustle.HoursPerWeek = prefilled.Hustle.HoursPerWeek + 5
	f, _ = web.ComparisonFormView("/comparisons", changed, nil, nil, d, "")
	if !f.HustleOpen || f.JobOpen || f.HustleChanged != 1 || web.ChangedNote(f.HustleChanged, f.HustleNeeds) != "1 value changed" {
		t.Errorf("hours changed: hustle open %v (%d changed), job open %v", f.HustleOpen, f.HustleChanged, f.JobOpen)
	}
	if hint := f.Hustle[0].Hint; !strings.HasPrefix(hint, "Yours; the default is ") {
		t.Errorf("a changed value's hint %q; want it to say the default differs", hint)
	}

	f, _ = web.ComparisonFormView("/comparisons", prefilled, map[string]string{"job.tax_pct": "lots"}, map[string]string{"job.tax_pct": "Enter a number"}, d, "")
	if !f.JobOpen || f.HustleOpen {
		t.Errorf("an error in the job section: job open %v, hustle open %v", f.JobOpen, f.HustleOpen)
	}

	// No source gives AI ethics specialists' pay: the job waits for a figure.
	noSalary, d := compare.New([]string{"seo-consulting", "ai-ethics-specialist"}, nil)
	f, _ = web.ComparisonFormView("/comparisons", noSalary, nil, nil, d, "")
	if f.JobOpen || !strings.Contains(web.ChangedNote(f.JobChanged, f.JobNeeds), "needs your yearly salary") {
		t.Errorf("a job with no sourced salary: open %v, summary %q", f.JobOpen, web.ChangedNote(f.JobChanged, f.JobNeeds))
	}
}
